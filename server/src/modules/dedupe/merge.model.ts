import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Person } from '../people/models/person.model.js';

@ObjectType({ description: 'A merge of two person records: one kept, one merged into it (and removed). It can be undone.' })
export class PersonMerge {
  @Field(() => ID) id: string;
  @Field() at: string;
  @Field(() => ID) keptId: string;
  @Field(() => ID) mergedId: string;
  @Field() keptName: string;
  @Field() mergedName: string;
  @Field(() => String, { nullable: true, description: 'When the merge was undone; null while it stands.' }) undoneAt: string | null;
}

@ObjectType()
export class PersonMergeResult {
  @Field(() => PersonMerge) merge: PersonMerge;
  @Field(() => Person, { description: 'The kept person, with everything of the merged one.' }) person: Person;
  @Field(() => Int, { description: 'Relationships moved to the kept person.' }) moved: number;
  @Field(() => Int, { description: '“Knows” ties both had with the same person, combined into one.' }) combined: number;
  @Field(() => Int, { description: 'Relationships the kept person already had (or a tie between the two), not duplicated.' }) dropped: number;
}

@ObjectType()
export class UndoMergeResult {
  @Field(() => PersonMerge) merge: PersonMerge;
  @Field(() => Person) kept: Person;
  @Field(() => Person, { description: 'The merged person, back with its id, details and relationships.' }) restored: Person;
  @Field(() => Int, { description: 'Relationships that could not come back because the other record was deleted since.' }) skipped: number;
}
