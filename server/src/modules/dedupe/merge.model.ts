import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Organization } from '../organizations/models/organization.model.js';
import { Person } from '../people/models/person.model.js';

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
