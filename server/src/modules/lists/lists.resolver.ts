import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { BulkPeopleInput, CallSheetRow, BulkResult, BulkResults, BulkInviteInput, BulkTargetInput, BulkTurnoutAskInput, ListEntity, ListExport, OrganizationListFacts, PersonListFacts, SaveOrganizationListInput, OrganizationsList, OrganizationsListArgsInput, BulkEndorsementPipelineInput, PeopleList, PeopleListArgsInput, SavedList, SaveListInput } from './lists.model.js';
import { ListsService } from './lists.service.js';
import { OrganizationListsService } from './organization-lists.service.js';

@Resolver()
export class ListsResolver {
  constructor(
    private readonly service: ListsService,
    private readonly organizationLists: OrganizationListsService,
  ) {}

  @Query(() => PeopleList, { description: 'People in the viewer’s regions matching a filter, sorted by a column, one page at a time.' })
  peopleList(@CurrentViewer() viewer: Viewer, @Args('input', { type: () => PeopleListArgsInput }) input: PeopleListArgsInput): Promise<PeopleList> {
    return this.service.peopleList(viewer, input);
  }

  @Query(() => [CallSheetRow], { description: 'A call sheet for the chosen people or a whole list (at most 5,000).' })
  callSheet(@CurrentViewer() viewer: Viewer, @Args('target') target: BulkTargetInput): Promise<CallSheetRow[]> {
    return this.service.callSheet(viewer, target);
  }

  @Query(() => [SavedList], { description: 'The viewer’s own saved lists and those shared with their regions.' })
  savedLists(
    @CurrentViewer() viewer: Viewer,
    @Args('entity', { type: () => ListEntity, defaultValue: ListEntity.PEOPLE }) entity: ListEntity,
  ): Promise<SavedList[]> {
    return this.service.savedLists(viewer, entity);
  }

  @Mutation(() => SavedList, { description: 'Saves an organizations filter under a name, private or shared with a region.' })
  saveOrganizationList(@CurrentViewer() viewer: Viewer, @Args('input') input: SaveOrganizationListInput): Promise<SavedList> {
    return this.service.saveOrganizationList(viewer, input);
  }

  @Query(() => SavedList)
  savedList(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<SavedList> {
    return this.service.savedList(viewer, id);
  }

  @Mutation(() => SavedList, { description: 'Saves a filter under a name, private or shared with a region.' })
  saveList(@CurrentViewer() viewer: Viewer, @Args('input') input: SaveListInput): Promise<SavedList> {
    return this.service.saveList(viewer, input);
  }

  @Mutation(() => ID)
  deleteSavedList(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.deleteList(viewer, id);
  }

  @Mutation(() => BulkResult, { description: 'Adds or removes tags, or assigns or unassigns a connector, for the chosen people or a whole list.' })
  bulkPeople(@CurrentViewer() viewer: Viewer, @Args('input') input: BulkPeopleInput): Promise<BulkResult> {
    return this.service.bulkPeople(viewer, input).then(BulkResults.withProgress);
  }

  @Query(() => BulkResult, { description: 'One of the viewer’s bulk actions: how far a large one running as a job is, or what it did.' })
  bulkAction(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<BulkResult> {
    return this.service.bulkAction(viewer, id).then(BulkResults.withProgress);
  }

  @Mutation(() => BulkResult, { description: 'Undoes the viewer’s last bulk action.' })
  undoLastBulkAction(@CurrentViewer() viewer: Viewer): Promise<BulkResult> {
    return this.service.undoLastBulkAction(viewer).then(BulkResults.withProgress);
  }

  @Mutation(() => BulkResult, {
    description: 'Asks the chosen people (or a whole list) to turn out for an event, as one bulk action that can be undone. Those at the ask limit are named and nothing is asked, unless confirmOverLimit (ask them too) or leaveOutOverLimit (ask the others).',
  })
  bulkTurnoutAsk(@CurrentViewer() viewer: Viewer, @Args('input') input: BulkTurnoutAskInput): Promise<BulkResult> {
    return this.service.bulkTurnoutAsk(viewer, input).then(BulkResults.withProgress);
  }

  @Mutation(() => BulkResult, {
    description: 'Invites the chosen people (or a whole list) to an event: each gets an RSVP of INVITED, shown on the event page until they answer. Those who already answered or were invited are left as they are. Undone like other bulk actions.',
  })
  bulkInviteToEvent(@CurrentViewer() viewer: Viewer, @Args('input') input: BulkInviteInput): Promise<BulkResult> {
    return this.service.bulkInvite(viewer, input).then(BulkResults.withProgress);
  }

  @Mutation(() => ListExport, {
    description: 'The chosen people or a whole list (at most 5,000) as CSV. Needs the export permission (admins always have it); every export is in the export and audit logs.',
  })
  exportPeopleList(@CurrentViewer() viewer: Viewer, @Args('target') target: BulkTargetInput): Promise<ListExport> {
    return this.service.exportList(viewer, target);
  }

  @Query(() => OrganizationsList, { description: 'Organizations in the viewer’s regions matching a filter, sorted by a column, one page at a time.' })
  organizationsList(@CurrentViewer() viewer: Viewer, @Args('input', { type: () => OrganizationsListArgsInput }) input: OrganizationsListArgsInput): Promise<OrganizationsList> {
    return this.organizationLists.list(viewer, input);
  }

  @Mutation(() => BulkResult, {
    description: 'Adds the chosen organizations (or a whole list, at most 5,000; above 500 it runs as a job in parts, see bulkAction) to a campaign’s endorsement pipeline as “to ask”; those already in it are left as they are. Undone like other bulk actions while the asks are still “to ask”.',
  })
  bulkEndorsementPipeline(@CurrentViewer() viewer: Viewer, @Args('input') input: BulkEndorsementPipelineInput): Promise<BulkResult> {
    return this.service.bulkEndorsementPipeline(viewer, input).then(BulkResults.withProgress);
  }
}

/** The computed columns of a list page, read only when the page asks for them. */
@Resolver(() => PeopleList)
export class PeopleListResolver {
  constructor(private readonly service: ListsService) {}

  @ResolveField(() => [PersonListFacts], { description: 'Last contact, asks in 30 days and leadership level of the people on this page, in their order.' })
  facts(@Parent() list: PeopleList): Promise<PersonListFacts[]> {
    return this.service.factsOf(list.nodes.map((p) => p.id));
  }
}

@Resolver(() => OrganizationsList)
export class OrganizationsListResolver {
  constructor(private readonly organizationLists: OrganizationListsService) {}

  @ResolveField(() => [OrganizationListFacts], { description: 'Last contact and members of the organizations on this page, in their order.' })
  facts(@Parent() list: OrganizationsList): Promise<OrganizationListFacts[]> {
    return this.organizationLists.factsOf(list.nodes.map((o) => o.id));
  }
}
