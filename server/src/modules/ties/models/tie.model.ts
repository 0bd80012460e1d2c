import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Organization } from '../../organizations/models/organization.model.js';
import { Person } from '../../people/models/person.model.js';

@ObjectType({ description: 'A person this person knows, and how well.' })
export class Tie {
  @Field(() => Person) person: Person;
  @Field(() => Int, { description: 'The strength shown, 1 (acquaintance) to 5 (close): derived from logged interactions, or set by hand if higher.' })
  strength: number;
  @Field(() => Int, { nullable: true, description: 'The strength set by hand, if any.' }) strengthSetByHand: number | null;
  @Field(() => Float, { description: 'From logged interactions, fading without contact (see README).' }) derivedStrength: number;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD of the last logged interaction between them.' }) lastContact: string | null;
  @Field(() => Int, { description: 'Logged interactions between them.' }) interactionCount: number;
  @Field(() => String, { nullable: true }) context: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) since: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD it ended, or null.' }) until: string | null;
}

export enum AffiliationKind {
  MEMBER_OF = 'MEMBER_OF',
  WORKS_AT = 'WORKS_AT',
  LEADS = 'LEADS',
}
registerEnumType(AffiliationKind, { name: 'AffiliationKind', description: 'How a person is tied to an organization.' });

@ObjectType({ description: 'A person is member of, works at, or leads an organization.' })
export class Affiliation {
  @Field(() => AffiliationKind) kind: AffiliationKind;
  @Field(() => Person) person: Person;
  @Field(() => Organization) organization: Organization;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) since: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD it ended, or null.' }) until: string | null;
  @Field(() => String, { nullable: true }) title: string | null;
}

@ObjectType({ description: 'The answer to removing a tie: both people as they are after the change (their pages list their ties).' })
export class TieRemovalPayload {
  @Field(() => Person) person: Person;
  @Field(() => Person) otherPerson: Person;
}

@ObjectType({ description: 'The answer to removing an affiliation: the person and the organization as they are after the change (both pages list it).' })
export class AffiliationRemovalPayload {
  @Field(() => Person) person: Person;
  @Field(() => Organization) organization: Organization;
}
