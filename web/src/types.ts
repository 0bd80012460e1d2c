// TypeScript shapes of the parts of schema/schema.graphql the web app reads and writes.
import type { CustomFieldInput, StreetAddressInput } from './customfields/queries';

export type Role = 'ADMIN' | 'STAFF' | 'LEADER' | 'CONNECTOR';
export type PersonKind = 'MEMBER' | 'LEADER' | 'ALLY' | 'TARGET';
export type OrganizationType = 'PARTNER' | 'AFFILIATE_GROUP' | 'INSTITUTION';
export type LedBy = 'POC_LED' | 'QUEER_TRANS_LED' | 'IMMIGRANT_LED';
export type AffiliationKind = 'MEMBER_OF' | 'WORKS_AT' | 'LEADS';

export interface Region {
  id: string;
  name: string;
}

export interface Account {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  allRegions: boolean;
  disabled: boolean;
  /** Present where the query asks for it (Admin page). */
  canExport?: boolean;
  createdAt: string;
  regions: Region[];
}

export interface Me {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  allRegions: boolean;
  /** May download CSV exports (admins always may); Export is offered only then. */
  canExport: boolean;
  /** The language chosen for the account ("en", "es"), or null: it follows the browser. */
  locale?: string | null;
  regions: Region[];
  /** The user's own person record ("this is me"), when linked and visible. */
  person?: { id: string; name: string } | null;
}

export interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

export interface Change {
  id: string;
  action: string;
  at: string;
  byName: string | null;
  summary: string;
  changes: FieldChange[];
}

export interface PersonRef {
  id: string;
  name: string;
}

export interface OrganizationRef {
  id: string;
  name: string;
}

export interface PersonInput {
  name: string;
  emails?: string[];
  phones?: string[];
  zip?: string | null;
  regionId: string;
  kinds?: PersonKind[];
  tags?: string[];
  notes?: string | null;
  address?: StreetAddressInput | null;
  customFields?: CustomFieldInput[] | null;
}

export interface OrganizationInput {
  name: string;
  type: OrganizationType;
  issueAreas?: string[];
  ledBy?: LedBy[];
  zip?: string | null;
  regionId: string;
  website?: string | null;
  notes?: string | null;
  address?: StreetAddressInput | null;
  customFields?: CustomFieldInput[] | null;
}
