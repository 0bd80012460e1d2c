import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { Person } from '../people/models/person.model.js';
import { AssessmentInput, CompetencyDefinition, CompetencyStanding, LeadershipAssessment, MentorInput, MentorLink } from './leadership.model.js';
import { LeadershipService } from './leadership.service.js';

@Resolver(() => Person)
export class LeadershipResolver {
  constructor(private readonly service: LeadershipService) {}

  @Query(() => [CompetencyDefinition], { description: 'The six competency themes and their three levels (seed 004).' })
  competencies(): CompetencyDefinition[] {
    return this.service.definitions();
  }

  @Mutation(() => LeadershipAssessment, { description: 'Records a person’s level on one theme (leaders, staff and admins).' })
  assessLeadership(@CurrentViewer() viewer: Viewer, @Args('input') input: AssessmentInput): Promise<LeadershipAssessment> {
    return this.service.assess(viewer, input);
  }

  @Mutation(() => Person, { description: 'Records that one person mentors another; returns the mentee.' })
  addMentor(@CurrentViewer() viewer: Viewer, @Args('input') input: MentorInput): Promise<Person> {
    return this.service.setMentor(viewer, input, true);
  }

  @Mutation(() => Person)
  removeMentor(
    @CurrentViewer() viewer: Viewer,
    @Args('mentorId', { type: () => ID }) mentorId: string,
    @Args('menteeId', { type: () => ID }) menteeId: string,
  ): Promise<Person> {
    return this.service.setMentor(viewer, Object.assign(new MentorInput(), { mentorId, menteeId }), false);
  }

  @ResolveField(() => [CompetencyStanding], { description: 'Current level per competency theme (latest assessment).' })
  leadership(@CurrentViewer() viewer: Viewer, @Parent() p: Person): Promise<CompetencyStanding[]> {
    return this.service.standing(viewer, p.id);
  }

  @ResolveField(() => [LeadershipAssessment], { description: 'Every assessment, newest first: who assessed, when.' })
  assessments(@CurrentViewer() viewer: Viewer, @Parent() p: Person): Promise<LeadershipAssessment[]> {
    return this.service.assessments(viewer, p.id);
  }

  @ResolveField(() => [MentorLink])
  mentors(@CurrentViewer() viewer: Viewer, @Parent() p: Person): Promise<MentorLink[]> {
    return this.service.mentors(viewer, p.id);
  }

  @ResolveField(() => [MentorLink])
  mentees(@CurrentViewer() viewer: Viewer, @Parent() p: Person): Promise<MentorLink[]> {
    return this.service.mentees(viewer, p.id);
  }
}
