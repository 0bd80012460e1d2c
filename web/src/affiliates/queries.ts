import type { PersonRef } from '../types';
import type { AffiliateGroupQuery } from '../gql/graphql';
import { graphql } from '../gql';
import { t } from '../i18n/intl';

export type MouStatus = 'NONE' | 'SENT' | 'SIGNED' | 'TERMINATED';

export const MOU_STATUS_LABEL: Record<MouStatus, string> = {
  get NONE() {
    return t('map.notSent');
  },
  get SENT() {
    return t('map.sent');
  },
  get SIGNED() {
    return t('map.signed');
  },
  get TERMINATED() {
    return t('map.terminated');
  },
};

export interface Place {
  zip: string;
  city: string;
  state: string;
  latitude: number;
  longitude: number;
}

export interface MapGroup {
  organization: { id: string; name: string; zip: string | null; mou: { status: MouStatus } | null };
  place: Place | null;
  areaMiles: number;
  clusterId: number | null;
}

export interface AffiliateMapData {
  groups: MapGroup[];
  clusters: Array<{ id: number; groups: Array<{ id: string; name: string }> }>;
}

export const AFFILIATE_MAP = graphql(`
  query AffiliateMap($regionId: ID) {
    affiliateMap(regionId: $regionId) {
      groups {
        organization {
          id
          name
          zip
          mou {
            status
          }
        }
        place {
          zip
          city
          state
          latitude
          longitude
        }
        areaMiles
        clusterId
      }
      clusters {
        id
        groups {
          id
          name
        }
      }
    }
  }
`);

export interface NearbyResult {
  center: Place;
  miles: number;
  truncated: boolean;
  organizations: Array<{ miles: number; organization: { id: string; name: string; zip: string | null } }>;
  people: Array<{ miles: number; person: PersonRef & { zip: string | null } }>;
}

export const NEARBY = graphql(`
  query Nearby($zip: String!, $miles: Float!, $organizationType: OrganizationType) {
    nearby(zip: $zip, miles: $miles, organizationType: $organizationType) {
      center {
        zip
        city
        state
        latitude
        longitude
      }
      miles
      truncated
      organizations {
        miles
        organization {
          id
          name
          zip
        }
      }
      people {
        miles
        person {
          id
          name
          zip
        }
      }
    }
  }
`);

export type AffiliateGroupDetail = NonNullable<AffiliateGroupQuery['organization']>;

export type EndorsementStatus = 'TO_ASK' | 'ASKED' | 'CONSIDERING' | 'ENDORSED' | 'DECLINED';

export const ENDORSEMENT_STATUS_LABEL: Record<EndorsementStatus, string> = {
  get TO_ASK() {
    return t('campaigns.toAsk');
  },
  get ASKED() {
    return t('campaigns.asked');
  },
  get CONSIDERING() {
    return t('campaigns.considering');
  },
  get ENDORSED() {
    return t('campaigns.endorsed');
  },
  get DECLINED() {
    return t('campaigns.declined');
  },
};

export interface EndorsementAskRow {
  id: string;
  status: EndorsementStatus;
  askedOn: string | null;
  decidedOn: string | null;
  nextStep: string | null;
  asker: PersonRef | null;
  campaign: { id: string; name: string } | null;
  candidate: { id: string; name: string; party: string | null } | null;
}

export const GROUP_FIELDS = graphql(`
  fragment AffiliateGroupFields on Organization {
    id
    name
    type
    version
    canEdit
    zip
    areaMiles
    place {
      zip
      city
      state
      latitude
      longitude
    }
    mou {
      status
      sentOn
      signedOn
      terminatedOn
    }
    pointOfContact {
      id
      name
    }
  }
`);

export const AFFILIATE_GROUP = graphql(`
  query AffiliateGroup($id: ID!) {
    organization(id: $id) {
      ...AffiliateGroupFields
      endorsementAsks {
        id
        status
        askedOn
        decidedOn
        nextStep
        asker {
          id
          name
        }
        campaign {
          id
          name
        }
        candidate {
          id
          name
          party
        }
      }
    }
  }
`);

export const SET_MOU = graphql(`
  mutation SetMou($input: MouInput!) {
    setMou(input: $input) {
      ...AffiliateGroupFields
    }
  }
`);

export const SET_GROUP_AREA = graphql(`
  mutation SetGroupArea($input: GroupAreaInput!) {
    setGroupArea(input: $input) {
      ...AffiliateGroupFields
    }
  }
`);
