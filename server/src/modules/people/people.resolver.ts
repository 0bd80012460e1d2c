import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { Account } from '../accounts/models/account.model.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { Region } from '../regions/region.model.js';
import { RegionsService } from '../regions/regions.service.js';
import { PeopleArgs, PersonInput } from './dto/person.input.js';
import { Person, PersonConnection } from './models/person.model.js';
import { PeopleService } from './people.service.js';
import { Idempotent } from '../idempotency/idempotent.js';
import { CustomFieldValue, FieldEntity } from '../custom-fields/custom-field.model.js';
import { CustomFieldsService } from '../custom-fields/custom-fields.service.js';

/** "Me": the account's own person record, so what its user logs defaults to them. */
@Resolver(() => Account)
export class AccountPersonResolver {
  constructor(
    private readonly service: PeopleService,
    private readonly accounts: AccountsService,
  ) {}

  @ResolveField(() => Person, { nullable: true, description: 'The person record of this user, if linked and visible.' })
  person(@CurrentViewer() viewer: Viewer, @Parent() account: Account): Promise<Person | null> {
    return account.personId ? this.service.get(viewer, account.personId).catch(() => null) : Promise.resolve(null);
  }

  @Mutation(() => Account, { description: 'Links the signed-in account to its own person record ("this is me"); null unlinks.' })
  async setMyPerson(@CurrentViewer() viewer: Viewer, @Args('personId', { type: () => ID, nullable: true }) personId?: string): Promise<Account> {
    if (personId) await this.service.get(viewer, personId);
    return this.accounts.setPerson(viewer.accountId, personId ?? null);
  }
}

@Resolver(() => Person)
export class PeopleResolver {
  constructor(
    private readonly service: PeopleService,
    private readonly regions: RegionsService,
    private readonly accounts: AccountsService,
    private readonly fields: CustomFieldsService,
  ) {}

  @Query(() => PersonConnection, { description: 'People in the viewer’s regions, by name.' })
  people(@CurrentViewer() viewer: Viewer, @Args() args: PeopleArgs): Promise<PersonConnection> {
    return this.service.list(viewer, args);
  }

  @Query(() => Person, { description: 'NOT_FOUND when missing or outside the viewer’s regions.' })
  person(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Person> {
    return this.service.get(viewer, id);
  }

  @Idempotent(PeopleService, (s, viewer, id) => s.get(viewer, id))
  @Mutation(() => Person)
  createPerson(@CurrentViewer() viewer: Viewer, @Args('input') input: PersonInput): Promise<Person> {
    return this.service.create(viewer, input);
  }

  @Mutation(() => Person, { description: 'CONFLICT when `version` is not the current one.' })
  updatePerson(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: PersonInput,
  ): Promise<Person> {
    return this.service.update(viewer, id, version, input);
  }

  @Mutation(() => ID, { description: 'Deletes the person and their ties. Admins, staff and leaders.' })
  deletePerson(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.delete(viewer, id);
  }

  @Mutation(() => Person, { description: 'Lets a connector see this person’s contact details. Admins, staff and leaders.' })
  assignPerson(
    @CurrentViewer() viewer: Viewer,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('accountId', { type: () => ID }) accountId: string,
  ): Promise<Person> {
    return this.service.setAssignee(viewer, personId, accountId, true);
  }

  @Mutation(() => Person)
  unassignPerson(
    @CurrentViewer() viewer: Viewer,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('accountId', { type: () => ID }) accountId: string,
  ): Promise<Person> {
    return this.service.setAssignee(viewer, personId, accountId, false);
  }

  @ResolveField(() => [CustomFieldValue], { description: 'The custom fields of their region, with their values.' })
  customFields(@Parent() person: Person): Promise<CustomFieldValue[]> {
    return this.fields.valuesOf(FieldEntity.PERSON, person.regionId, person.customFieldsJson);
  }

  @ResolveField(() => Region)
  async region(@Parent() person: Person): Promise<Region> {
    return (await this.regions.byId(person.regionId)) ?? { id: person.regionId, name: 'Unknown region' };
  }

  @ResolveField(() => [Account], { description: 'Connectors assigned to this person; empty for connectors viewing.' })
  assignees(@Parent() person: Person): Promise<Account[]> {
    return this.accounts.byIds(person.assigneeIds);
  }
}
