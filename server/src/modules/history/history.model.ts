import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One field of a change. Values of contact details and notes are not kept: only that they changed.' })
export class FieldChangeModel {
  @Field() field: string;
  @Field(() => String, { nullable: true }) from: string | null;
  @Field(() => String, { nullable: true }) to: string | null;
}

@ObjectType('Change', { description: 'Who changed what on a record, and when.' })
export class ChangeModel {
  @Field(() => ID) id: string;
  @Field({ description: 'ISO-8601 time.' }) at: string;
  @Field() action: string;
  @Field() summary: string;
  @Field(() => String, { nullable: true, description: 'The account’s name; null if that account no longer exists.' })
  byName: string | null;
  @Field(() => [FieldChangeModel]) changes: FieldChangeModel[];
}
