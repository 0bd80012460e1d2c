import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { orNull } from '../../common/app-error.js';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { Person } from '../people/models/person.model.js';
import { PeopleService } from '../people/people.service.js';
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

@Resolver(() => LeadershipAssessment)
export class AssessmentResolver {
  constructor(private readonly people: PeopleService) {}

  // assessLeadership's answer carries the person so the person page's standings update from it without reading
  // the page again; read as the `person` query reads it, so who may see the person is unchanged.
  @ResolveField(() => Person, { nullable: true, description: 'The person assessed, as they are after the assessment (none when the viewer cannot see them).' })
  person(@CurrentViewer() viewer: Viewer, @Parent() a: LeadershipAssessment): Promise<Person | null> {
    return orNull(this.people.get(viewer, a.personId));
  }
}
