import { useQuery } from '@apollo/client/react';
import type { PersonRolesQuery } from '../gql/graphql';
import { Link } from 'react-router';
import { ROLE_KINDS, TEAM_KINDS } from '../campaigns/options';
import { Alert } from '../components/Alert';
import { errorMessage } from '../lib/errors';
import { labelOf } from '../lib/format';
import { roleDates } from './RoleHolderRow';
import { graphql } from '../gql';
import { t } from '../i18n/intl';

type HeldRole = NonNullable<PersonRolesQuery['person']>['roles'][number];

export const PERSON_ROLES = graphql(`
  query PersonRoles($id: ID!) {
    person(id: $id) {
      id
      roles {
        id
        role
        active
        startDate
        endDate
        targetId
        targetType
        targetName
        forOrganization {
          id
          name
        }
      }
      teams {
        id
        name
        kind
      }
    }
  }
`);

const TARGET_PATH: Record<string, string> = { Campaign: '/campaigns', Team: '/teams', Organization: '/organizations' };

function RoleLine({ r }: { r: HeldRole }) {
  const path = TARGET_PATH[r.targetType];
  const name = r.targetName ?? r.targetType.toLowerCase();
  return (
    <li className="row">
      <div className="row-main">
        <span className="badge">{labelOf(ROLE_KINDS, r.role)}</span>
        <span>
          {t(r.targetType === 'Campaign' ? 'roles.onTarget' : 'roles.ofTarget', {
            name,
            link: (words) => (path ? <Link to={`${path}/${r.targetId}`}>{words}</Link> : words),
          })}
        </span>
        {r.forOrganization && <span className="small">{t('roles.for', { name: r.forOrganization.name })}</span>}
        <span className="muted small">{roleDates(r)}</span>
      </div>
    </li>
  );
}

/** The teams a person is on and the roles they hold (connector, gatherer, co-chair…), on their page. */
export function PersonRolesSection({ personId }: { personId: string }) {
  const { data, error } = useQuery(PERSON_ROLES, { variables: { id: personId }, fetchPolicy: 'cache-and-network' });
  const p = data?.person;
  const current = p?.roles.filter((r) => r.active) ?? [];
  const past = p?.roles.filter((r) => !r.active) ?? [];
  return (
    <section className="card" aria-labelledby="person-roles-h">
      <h2 id="person-roles-h">{t('roles.rolesAndTeams')}</h2>
      {error && !p && <Alert>{errorMessage(error)}</Alert>}
      {p && (
        <>
          <h3 className="section-subhead">{t('nav.teams')}</h3>
          {p.teams.length === 0 ? (
            <p className="muted">{t('roles.notOnATeam')}</p>
          ) : (
            <ul className="rows">
              {p.teams.map((t) => (
                <li key={t.id} className="row">
                  <div className="row-main">
                    <Link to={`/teams/${t.id}`}>{t.name}</Link>
                    <span className="muted small">{labelOf(TEAM_KINDS, t.kind)}</span>
                  </div>
                </li>
              ))}
            </ul>
          )}
          <h3 className="section-subhead">{t('roles.roles')}</h3>
          {current.length === 0 ? (
            <p className="muted">{t('roles.noCurrentRole')}</p>
          ) : (
            <ul className="rows">
              {current.map((r) => (
                <RoleLine key={r.id} r={r} />
              ))}
            </ul>
          )}
          {past.length > 0 && (
            <details className="past-roles">
              <summary>{t('roles.endedAndUpcomingRoles', { length: past.length })}</summary>
              <ul className="rows">
                {past.map((r) => (
                  <RoleLine key={r.id} r={r} />
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
