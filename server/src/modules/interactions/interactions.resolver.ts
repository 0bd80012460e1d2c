import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { Person } from '../people/models/person.model.js';
import { Team } from '../teams/team.model.js';
import { FollowUp, Interaction, LogInteractionInput, MonthlyProgress } from './interaction.model.js';
import { InteractionsService } from './interactions.service.js';
import { Idempotent } from '../idempotency/idempotent.js';

@Resolver(() => Interaction)
export class InteractionsResolver {
  constructor(private readonly service: InteractionsService) {}

  @Mutation(() => Interaction, { description: 'Logs a one-to-one (by default) or another meeting; ties between those who met grow stronger.' })
  @Idempotent(InteractionsService, (s, viewer, id) => s.get(viewer, id))
  logInteraction(@CurrentViewer() viewer: Viewer, @Args('input') input: LogInteractionInput): Promise<Interaction> {
    return this.service.log(viewer, input);
  }

  @Query(() => Interaction)
  interaction(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Interaction> {
    return this.service.get(viewer, id);
  }

  @Query(() => [FollowUp], { description: 'Follow-ups assigned to the signed-in user, open ones first by due date.' })
  myFollowUps(@CurrentViewer() viewer: Viewer, @Args('includeDone', { defaultValue: false }) includeDone: boolean): Promise<FollowUp[]> {
    return this.service.mine(viewer, includeDone);
  }

  @Mutation(() => FollowUp)
  setFollowUpDone(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('done') done: boolean): Promise<FollowUp> {
    return this.service.setDone(viewer, id, done);
  }

  @ResolveField(() => [FollowUp])
  followUps(@CurrentViewer() viewer: Viewer, @Parent() i: Interaction): Promise<FollowUp[]> {
    return this.service.followUpsOf(viewer, i.id);
  }
}

@Resolver(() => FollowUp)
export class FollowUpResolver {
  constructor(private readonly service: InteractionsService) {}

  @ResolveField(() => Interaction, { nullable: true, description: 'The meeting it follows up on (null when outside the viewer’s regions).' })
  interaction(@CurrentViewer() viewer: Viewer, @Parent() f: FollowUp): Promise<Interaction | null> {
    return f.interactionId ? this.service.get(viewer, f.interactionId).catch(() => null) : Promise.resolve(null);
  }
}

@Resolver(() => Person)
export class PersonInteractionsResolver {
  constructor(private readonly service: InteractionsService) {}

  @ResolveField(() => [Interaction], { description: 'Meetings this person took part in, newest first.' })
  interactions(@CurrentViewer() viewer: Viewer, @Parent() p: Person, @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number): Promise<Interaction[]> {
    return this.service.ofPerson(viewer, p.id, Math.min(Math.max(limit, 1), 200));
  }
}

@Resolver(() => Team)
export class TeamProgressResolver {
  constructor(private readonly service: InteractionsService) {}

  @ResolveField(() => [MonthlyProgress], { description: 'One-to-ones, house meetings and research actions held by members, month by month.' })
  progress(@Parent() t: Team, @Args('months', { type: () => Int, defaultValue: 6 }) months: number): Promise<MonthlyProgress[]> {
    return this.service.teamProgress(t.id, Math.min(Math.max(months, 1), 24));
  }
}
