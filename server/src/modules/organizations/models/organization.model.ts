import { StreetAddress } from '../../../common/address.js';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../../common/pagination.js';

export enum OrganizationType {
  PARTNER = 'PARTNER',
  AFFILIATE_GROUP = 'AFFILIATE_GROUP',
  INSTITUTION = 'INSTITUTION',
}
registerEnumType(OrganizationType, { name: 'OrganizationType', description: 'Partner organization, affiliate group (local group, chapter), or institution of a target.' });

export enum LedBy {
  POC_LED = 'POC_LED',
  QUEER_TRANS_LED = 'QUEER_TRANS_LED',
  IMMIGRANT_LED = 'IMMIGRANT_LED',
}
registerEnumType(LedBy, { name: 'LedBy', description: 'Led-by attributes coalitions track.' });

export interface OrganizationRecord {
  id: string;
  name: string;
  sortKey: string;
  searchPublic: string;
  type: OrganizationType;
  issueAreas: string[];
  ledBy: LedBy[];
  zip: string | null;
  region: string;
  website: string | null;
  notes: string | null;
  mouStatus?: string | null;
  mouSentOn?: string | null;
  mouSignedOn?: string | null;
  mouTerminatedOn?: string | null;
  areaMiles?: number | null;
  addressLine?: string | null;
  city?: string | null;
  state?: string | null;
  /** Custom field values as JSON (custom-fields/custom-field-values.ts). */
  customFields?: string | null;
  customFieldTerms?: string[] | null;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

@ObjectType()
export class Organization {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => OrganizationType) type: OrganizationType;
  @Field(() => [String]) issueAreas: string[];
  @Field(() => [LedBy]) ledBy: LedBy[];
  @Field(() => String, { nullable: true }) zip: string | null;
  @Field(() => StreetAddress, { nullable: true, description: 'Null when none is filled in.' }) address: StreetAddress | null;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => Int) version: number;
  @Field() createdAt: string;
  @Field() updatedAt: string;
  @Field() canEdit: boolean;
  @Field() canDelete: boolean;

  regionId: string;
  /** Resolved into `customFields` by a field resolver. */
  customFieldsJson: string | null;
  /** The stored record, for fields other modules resolve (MOU, area). */
  record: OrganizationRecord;
}

@ObjectType()
export class OrganizationConnection {
  @Field(() => [Organization]) nodes: Organization[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}
