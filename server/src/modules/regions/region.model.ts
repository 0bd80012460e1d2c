import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A region: people, organizations and accounts belong to regions.' })
export class Region {
  @Field(() => ID) id: string;
  @Field() name: string;
}
