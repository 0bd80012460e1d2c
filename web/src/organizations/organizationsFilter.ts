import { graphql } from '../gql';
import { t } from '../i18n/intl';
import { fieldConditionsFromParams, setFieldConditions, type CustomFieldCondition } from '../people/peopleFilter';
import type { LedBy, OrganizationType } from '../types';

/** An organizations list's filter, as the API takes it (OrganizationsFilterInput). */
export interface OrganizationsFilter {
  search?: string;
  regionId?: string;
  types?: OrganizationType[];
  ledBy?: LedBy[];
  issueAreas?: string[];
  nearZip?: string;
  withinMiles?: number;
  customFields?: CustomFieldCondition[];
}

export type { OrganizationsSortBy } from '../gql/graphql';

export const ORG_COLUMNS = [
  {
    key: 'type',
    get label() {
      return t('customfields.type');
    },
  },
  {
    key: 'issueAreas',
    get label() {
      return t('dedupe.issueAreas');
    },
  },
  {
    key: 'ledBy',
    get label() {
      return t('dedupe.ledBy');
    },
  },
  {
    key: 'zip',
    get label() {
      return t('events.zip');
    },
  },
  {
    key: 'region',
    get label() {
      return t('campaigns.region');
    },
  },
  // Computed from meetings and memberships: the page asks for them only when one is shown or sorted by.
  {
    key: 'lastContact',
    get label() {
      return t('people.lastContact');
    },
    computed: true,
  },
  {
    key: 'members',
    get label() {
      return t('organizations.members');
    },
    computed: true,
  },
] as const;
export type OrgColumnKey = (typeof ORG_COLUMNS)[number]['key'];

const list = (v: string | null) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The URL holds the whole filter, so a list can be bookmarked and shared. */
export function orgFilterFromParams(params: URLSearchParams): OrganizationsFilter {
  const f: OrganizationsFilter = {};
  if (params.get('q')) f.search = params.get('q')!;
  if (params.get('region')) f.regionId = params.get('region')!;
  if (params.get('types')) f.types = list(params.get('types')) as OrganizationType[];
  if (params.get('ledBy')) f.ledBy = list(params.get('ledBy')) as LedBy[];
  if (params.get('issues')) f.issueAreas = list(params.get('issues'));
  if (params.get('near')) {
    f.nearZip = params.get('near')!;
    f.withinMiles = Number(params.get('miles') ?? 5) || 0;
  }
  const fields = fieldConditionsFromParams(params);
  if (fields.length) f.customFields = fields;
  return f;
}

export function paramsWithOrgFilter(current: URLSearchParams, f: OrganizationsFilter): URLSearchParams {
  const next = new URLSearchParams(current);
  const put = (key: string, value: string | undefined) => (value ? next.set(key, value) : next.delete(key));
  put('q', f.search);
  put('region', f.regionId);
  put('types', f.types?.join(','));
  put('ledBy', f.ledBy?.join(','));
  put('issues', f.issueAreas?.join(','));
  put('near', f.nearZip);
  put('miles', f.nearZip ? String(f.withinMiles ?? 5) : undefined);
  setFieldConditions(next, f.customFields);
  next.delete('page');
  return next;
}

export function orgColumnsFromParams(params: URLSearchParams): OrgColumnKey[] {
  const cols = params.get('cols');
  if (cols === null) return ORG_COLUMNS.filter((c) => !('computed' in c)).map((c) => c.key);
  return ORG_COLUMNS.map((c) => c.key).filter((k) => cols.split(',').includes(k));
}

export const ORGANIZATIONS_LIST = graphql(`
  query OrganizationsList($input: OrganizationsListArgsInput!, $withFacts: Boolean!) {
    organizationsList(input: $input) {
      totalCount
      facts @include(if: $withFacts) {
        organizationId
        lastContact
        members
      }
      nodes {
        id
        name
        type
        issueAreas
        ledBy
        zip
        region {
          id
          name
        }
      }
    }
  }
`);

export const BULK_ENDORSEMENT_PIPELINE = graphql(`
  mutation BulkEndorsementPipeline($input: BulkEndorsementPipelineInput!) {
    bulkEndorsementPipeline(input: $input) {
      ...BulkResultFields
    }
  }
`);
