import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { TurnoutAsk } from '../events/event.model.js';
import { EventsService } from '../events/events.service.js';
import { BulkPeopleInput, CallSheetRow, BulkResult, BulkTargetInput, PeopleList, PeopleListArgsInput, SavedList, SaveListInput } from './lists.model.js';
import { ListsService } from './lists.service.js';

@Resolver()
export class ListsResolver {
  constructor(
    private readonly service: ListsService,
    private readonly events: EventsService,
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
  savedLists(@CurrentViewer() viewer: Viewer): Promise<SavedList[]> {
    return this.service.savedLists(viewer);
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
    return this.service.bulkPeople(viewer, input);
  }

  @Mutation(() => BulkResult, { description: 'Undoes the viewer’s last bulk action.' })
  undoLastBulkAction(@CurrentViewer() viewer: Viewer): Promise<BulkResult> {
    return this.service.undoLastBulkAction(viewer);
  }

  @Mutation(() => [TurnoutAsk], {
    description: 'Asks the chosen people (or a whole list) to turn out for an event. Those at the ask limit are named and nothing is asked unless confirmOverLimit.',
  })
  async bulkTurnoutAsk(
    @CurrentViewer() viewer: Viewer,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('target') target: BulkTargetInput,
    @Args('confirmOverLimit', { type: () => Boolean, defaultValue: false }) confirmOverLimit: boolean,
  ): Promise<TurnoutAsk[]> {
    return this.events.ask(viewer, eventId, await this.service.targetIds(viewer, target), confirmOverLimit);
  }
}
