import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsString } from 'class-validator';
import { Organization } from '../organizations/models/organization.model.js';
import { Person } from '../people/models/person.model.js';

export enum MergeSide {
  KEPT = 'KEPT',
  MERGED = 'MERGED',
  BOTH = 'BOTH',
}
registerEnumType(MergeSide, {
  name: 'MergeSide',
  description: 'Whose value a merged field takes: the kept record’s, the merged record’s, or both (lists united, notes one after the other).',
});

@InputType({ description: 'For one field that differs between the two records, which value the kept record ends with.' })
export class MergeValueChoice {
  @Field({ description: 'People: name, zip, address, emails, phones, kinds, tags, notes, customFields. Organizations: name, type, zip, address, website, issueAreas, ledBy, notes, customFields. `address` is the street address as a whole; BOTH on customFields keeps every value, the kept record’s where both have one.' })
  @IsString()
  field: string;

  @Field(() => MergeSide)
  @IsEnum(MergeSide, { message: 'Choose KEPT, MERGED or BOTH.' })
  take: MergeSide;
}

@ObjectType({ description: 'A merge of two records (people, or organizations): one kept, one merged into it and removed. It can be undone.' })
export class RecordMerge {
  @Field(() => ID) id: string;
  @Field() at: string;
  @Field({ description: '“person” or “organization”.' }) entityType: string;
  @Field(() => ID) keptId: string;
  @Field(() => ID) mergedId: string;
  @Field() keptName: string;
  @Field() mergedName: string;
  @Field(() => String, { nullable: true, description: 'When the merge was undone; null while it stands.' }) undoneAt: string | null;
}

@ObjectType()
export class PersonMergeResult {
  @Field(() => RecordMerge) merge: RecordMerge;
  @Field(() => Person, { description: 'The kept person, with everything of the merged one.' }) person: Person;
  @Field(() => Int, { description: 'Relationships moved to the kept record.' }) moved: number;
  @Field(() => Int, { description: '“Knows” ties both had with the same person, combined into one.' }) combined: number;
  @Field(() => Int, { description: 'Relationships the kept record already had (or a tie between the two), not duplicated.' }) dropped: number;
}

@ObjectType()
export class OrganizationMergeResult {
  @Field(() => RecordMerge) merge: RecordMerge;
  @Field(() => Organization, { description: 'The kept organization, with everything of the merged one.' }) organization: Organization;
  @Field(() => Int) moved: number;
  @Field(() => Int) combined: number;
  @Field(() => Int) dropped: number;
}

@ObjectType()
export class UndoMergeResult {
  @Field(() => RecordMerge) merge: RecordMerge;
  @Field(() => Person, { nullable: true, description: 'The kept person as it was before the merge (null for organizations).' }) kept: Person | null;
  @Field(() => Person, { nullable: true, description: 'The merged person, back with its id, details and relationships (null for organizations).' }) restored: Person | null;
  @Field(() => Organization, { nullable: true }) keptOrganization: Organization | null;
  @Field(() => Organization, { nullable: true }) restoredOrganization: Organization | null;
  @Field(() => Int, { description: 'Relationships that could not come back because the other record was deleted since.' }) skipped: number;
}
