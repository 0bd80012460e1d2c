import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { StreetAddress } from '../../../common/address.js';
import { PageInfo } from '../../../common/pagination.js';

export enum PersonKind {
  MEMBER = 'MEMBER',
  LEADER = 'LEADER',
  ALLY = 'ALLY',
  TARGET = 'TARGET',
}
registerEnumType(PersonKind, { name: 'PersonKind', description: 'A member, leader, ally, or target (a decision-maker).' });

/** A person as stored in the graph. */
export interface PersonRecord {
  id: string;
  name: string;
  sortKey: string;
  searchPublic: string;
  searchContact: string;
  emails: string[];
  phones: string[];
  zip: string | null;
  region: string;
  kinds: PersonKind[];
  tags: string[];
  notes: string | null;
  assignees: string[];
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

@ObjectType({ description: 'A person, as the viewer may see them.' })
export class Person {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => [String], { nullable: true, description: 'Null when the viewer may not see contact details.' })
  emails: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Null when the viewer may not see contact details.' })
  phones: string[] | null;
  @Field({ description: 'True when emails, phones, the street address and notes are withheld from this viewer.' })
  contactHidden: boolean;
  @Field(() => String, { nullable: true }) zip: string | null;
  @Field(() => StreetAddress, { nullable: true, description: 'Null when none is filled in, or the viewer may not see contact details.' })
  address: StreetAddress | null;
  @Field(() => [PersonKind]) kinds: PersonKind[];
  @Field(() => [String]) tags: string[];
  @Field(() => String, { nullable: true, description: 'Null when none are written, or the viewer may not see contact details.' })
  notes: string | null;
  @Field(() => Int, { description: 'Pass back to updatePerson: a stale version is refused, so no edit is silently lost.' })
  version: number;
  @Field() createdAt: string;
  @Field() updatedAt: string;
  @Field() canEdit: boolean;
  @Field() canDelete: boolean;

  /** Not exposed: resolved into `region` and `assignees` by field resolvers. */
  regionId: string;
  assigneeIds: string[];
  /** Resolved into `customFields` by a field resolver. */
  customFieldsJson: string | null;
}

@ObjectType()
export class PersonConnection {
  @Field(() => [Person]) nodes: Person[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}
