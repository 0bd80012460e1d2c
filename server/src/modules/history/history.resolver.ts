import { Inject, type Type } from '@nestjs/common';
import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Campaign } from '../campaigns/campaign.model.js';
import { EndorsementAsk, Race } from '../endorsements/endorsement.model.js';
import { Event } from '../events/event.model.js';
import { Issue } from '../issues/issue.model.js';
import { Organization } from '../organizations/models/organization.model.js';
import { Person } from '../people/models/person.model.js';
import { Team } from '../teams/team.model.js';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { ChangeModel } from './history.model.js';
import type { HistoryLabel } from './history.queries.js';
import { HistoryService } from './history.service.js';

const LIMIT = { type: () => Int, defaultValue: 50, description: 'Newest first; at most this many.' };

/**
 * The `history` field of a record type. History is shown on record pages; the parent record was already read
 * within the viewer's scope, but an entry may also be about records outside it (the other end of a tie): those
 * are told as "someone outside your regions" (HistoryService.seenBy).
 */
function historyResolverFor(type: Type<{ id: string }>, label: HistoryLabel, description: string) {
  @Resolver(() => type)
  class HistoryResolver {
    constructor(@Inject(HistoryService) private readonly service: HistoryService) {}

    @ResolveField(() => [ChangeModel], { description })
    history(@CurrentViewer() viewer: Viewer, @Parent() record: { id: string }, @Args('limit', LIMIT) limit: number): Promise<ChangeModel[]> {
      return this.service.seenBy(viewer, label, record.id, Math.min(Math.max(limit, 1), 200));
    }
  }
  Object.defineProperty(HistoryResolver, 'name', { value: `${label}HistoryResolver` });
  return HistoryResolver;
}

export const HISTORY_RESOLVERS = [
  historyResolverFor(Person, 'Person', 'Who created and changed this person, and what changed, newest first.'),
  historyResolverFor(Organization, 'Organization', 'Who created and changed this organization, and what changed, newest first.'),
  historyResolverFor(Team, 'Team', 'Changes to the team and its members, newest first.'),
  historyResolverFor(Issue, 'Issue', 'Changes to the issue and its prioritization, newest first.'),
  historyResolverFor(Campaign, 'Campaign', 'Plan edits, approvals and status moves, newest first.'),
  historyResolverFor(Event, 'Event', 'Edits, attendance recorded and removed, newest first.'),
  historyResolverFor(EndorsementAsk, 'EndorsementAsk', 'Status changes and edits, newest first.'),
  historyResolverFor(Race, 'Race', 'Changes to the race, its candidates and endorsements, newest first.'),
];
