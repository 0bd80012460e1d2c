import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { MergeValueChoice, OrganizationMergeResult, PersonMergeResult, RecordMerge, UndoMergeResult } from './merge.model.js';
import { MergeService } from './merge.service.js';

const CHOICES = 'Which value each differing field takes. A field not named keeps the kept record’s value (the merged record’s street address where the kept one has none), or both for lists, notes and custom field values.';

@Resolver()
export class MergeResolver {
  constructor(private readonly service: MergeService) {}

  @Mutation(() => PersonMergeResult, {
    description: 'Merges one person into another in your regions: every tie, affiliation, interaction, role, assessment and history moves to the kept person; the merged record is removed. Leaders, staff and admins; a stale version is refused.',
  })
  mergePeople(
    @CurrentViewer() viewer: Viewer,
    @Args('keepId', { type: () => ID }) keepId: string,
    @Args('mergeId', { type: () => ID }) mergeId: string,
    @Args('keepVersion', { type: () => Int }) keepVersion: number,
    @Args('mergeVersion', { type: () => Int }) mergeVersion: number,
    @Args('values', { type: () => [MergeValueChoice], nullable: true, description: CHOICES }) values?: MergeValueChoice[] | null,
  ): Promise<PersonMergeResult> {
    return this.service.mergePeople(viewer, keepId, mergeId, keepVersion, mergeVersion, values ?? []);
  }

  @Mutation(() => OrganizationMergeResult, {
    description: 'Merges one organization into another in your regions: every affiliation, role, partnership, endorsement ask, target and history moves to the kept one; the merged record is removed. Leaders, staff and admins; a stale version is refused.',
  })
  mergeOrganizations(
    @CurrentViewer() viewer: Viewer,
    @Args('keepId', { type: () => ID }) keepId: string,
    @Args('mergeId', { type: () => ID }) mergeId: string,
    @Args('keepVersion', { type: () => Int }) keepVersion: number,
    @Args('mergeVersion', { type: () => Int }) mergeVersion: number,
    @Args('values', { type: () => [MergeValueChoice], nullable: true, description: CHOICES }) values?: MergeValueChoice[] | null,
  ): Promise<OrganizationMergeResult> {
    return this.service.mergeOrganizations(viewer, keepId, mergeId, keepVersion, mergeVersion, values ?? []);
  }

  @Mutation(() => UndoMergeResult, {
    description: 'Undoes a merge: the merged record comes back with its id, details and relationships, and the kept record as it was. Refused once the kept record was edited or deleted, or a moved relationship changed, since the merge.',
  })
  undoMerge(@CurrentViewer() viewer: Viewer, @Args('mergeId', { type: () => ID }) mergeId: string): Promise<UndoMergeResult> {
    return this.service.undoMerge(viewer, mergeId);
  }

  @Query(() => [RecordMerge], { description: 'Recent merges in your regions, newest first (leaders, staff, admins); entityType “person” or “organization” narrows them.' })
  recentMerges(
    @CurrentViewer() viewer: Viewer,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit = 20,
    @Args('entityType', { type: () => String, nullable: true }) entityType?: string | null,
  ): Promise<RecordMerge[]> {
    return this.service.recentMerges(viewer, Math.min(Math.max(limit, 1), 100), entityType ?? '');
  }
}
