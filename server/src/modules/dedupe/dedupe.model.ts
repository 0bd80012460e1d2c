import { Field, Int, ObjectType } from '@nestjs/graphql';
import { inReadersLanguage } from '../../i18n/said.js';
import { Organization } from '../organizations/models/organization.model.js';
import { Person } from '../people/models/person.model.js';

@ObjectType({ description: 'Two person records that are likely the same person, and why.' })
export class PersonDuplicate {
  @Field(() => Person) a: Person;
  @Field(() => Person) b: Person;
  @Field(() => [String], {
    description: 'e.g. “Same email”, “Same phone”, “Similar name in the same zip code”, in the reader’s language.',
    middleware: [inReadersLanguage],
  })
  reasons: string[];
  @Field(() => Int, { description: 'Higher is more certain: same email or phone 3 each, similar name and zip 1.' }) score: number;
}

@ObjectType({ description: 'Two organizations that are likely the same, and why.' })
export class OrganizationDuplicate {
  @Field(() => Organization) a: Organization;
  @Field(() => Organization) b: Organization;
  @Field(() => [String], { middleware: [inReadersLanguage] }) reasons: string[];
  @Field(() => Int) score: number;
}
