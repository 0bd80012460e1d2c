import { t } from '../i18n/intl';
import type { Me } from '../types';
import { graphql } from '../gql';

export const ME = graphql(`
  query Me {
    me {
      id
      email
      displayName
      role
      allRegions
      canExport
      locale
      regions {
        id
        name
      }
      person {
        id
        name
      }
    }
  }
`);

export const SET_MY_PERSON = graphql(`
  mutation SetMyPerson($personId: ID) {
    setMyPerson(personId: $personId) {
      id
      person {
        id
        name
      }
    }
  }
`);

export const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Getters: each read gives the role's name in the language on screen. */
export const ROLE_LABEL: Record<Me['role'], string> = {
  get ADMIN() {
    return t('role.admin');
  },
  get STAFF() {
    return t('role.staff');
  },
  get LEADER() {
    return t('role.leader');
  },
  get CONNECTOR() {
    return t('role.connector');
  },
};

/** Admins, staff and leaders assign connectors and delete records (README, "Who sees what"). */
export function canManage(me: Pick<Me, 'role'> | null | undefined): boolean {
  return !!me && me.role !== 'CONNECTOR';
}
