import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { Region } from '../regions/region.model.js';
import { RegionsService } from '../regions/regions.service.js';
import { AssemblyDecision, AssemblyDecisionInput, Issue, IssueAssembly, IssueAssemblyInput, IssueInput } from './issue.model.js';
import { IssuesService } from './issues.service.js';
import { Idempotent } from '../idempotency/idempotent.js';

@Resolver(() => Issue)
export class IssuesResolver {
  constructor(
    private readonly service: IssuesService,
    private readonly regions: RegionsService,
  ) {}

  @Query(() => [Issue])
  issues(@CurrentViewer() viewer: Viewer, @Args('regionId', { type: () => ID, nullable: true }) regionId?: string): Promise<Issue[]> {
    return this.service.list(viewer, regionId);
  }

  @Query(() => Issue)
  issue(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Issue> {
    return this.service.get(viewer, id);
  }

  @Mutation(() => Issue)
  @Idempotent(IssuesService, (s, viewer, id) => s.get(viewer, id))
  createIssue(@CurrentViewer() viewer: Viewer, @Args('input') input: IssueInput): Promise<Issue> {
    return this.service.create(viewer, input);
  }

  @Mutation(() => Issue)
  updateIssue(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: IssueInput,
  ): Promise<Issue> {
    return this.service.update(viewer, id, version, input);
  }

  @ResolveField(() => Region)
  async region(@Parent() issue: Issue): Promise<Region> {
    return (await this.regions.byId(issue.regionId)) ?? { id: issue.regionId, name: 'Unknown region' };
  }

  @ResolveField(() => Issue, { nullable: true, description: 'The broad area this specific issue narrows.' })
  narrows(@CurrentViewer() viewer: Viewer, @Parent() issue: Issue): Promise<Issue | null> {
    return this.service.narrows(viewer, issue.id);
  }

  @ResolveField(() => [Issue], { description: 'Specific issues narrowed from this broad area.' })
  specificIssues(@CurrentViewer() viewer: Viewer, @Parent() issue: Issue): Promise<Issue[]> {
    return this.service.specifics(viewer, issue.id);
  }

  @ResolveField(() => [AssemblyDecision], { description: 'Issue Assembly decisions on this issue or the area it narrows, newest first.' })
  decisions(@CurrentViewer() viewer: Viewer, @Parent() issue: Issue): Promise<AssemblyDecision[]> {
    return this.service.decisions(viewer, issue.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the latest Issue Assembly decision prioritized it (or the area it narrows).' })
  prioritized(@CurrentViewer() viewer: Viewer, @Parent() issue: Issue): Promise<boolean> {
    return this.service.isPrioritized(viewer, issue.id);
  }
}

@Resolver(() => IssueAssembly)
export class IssueAssembliesResolver {
  constructor(
    private readonly service: IssuesService,
    private readonly regions: RegionsService,
  ) {}

  @Query(() => [IssueAssembly])
  issueAssemblies(@CurrentViewer() viewer: Viewer, @Args('regionId', { type: () => ID, nullable: true }) regionId?: string): Promise<IssueAssembly[]> {
    return this.service.assemblies(viewer, regionId);
  }

  @Query(() => IssueAssembly)
  issueAssembly(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<IssueAssembly> {
    return this.service.assembly(viewer, id);
  }

  @Mutation(() => IssueAssembly)
  @Idempotent(IssuesService, (s, viewer, id) => s.assembly(viewer, id))
  createIssueAssembly(@CurrentViewer() viewer: Viewer, @Args('input') input: IssueAssemblyInput): Promise<IssueAssembly> {
    return this.service.createAssembly(viewer, input);
  }

  @Mutation(() => AssemblyDecision, { description: 'Records (or changes) an Issue Assembly’s decision on an issue.' })
  recordAssemblyDecision(@CurrentViewer() viewer: Viewer, @Args('input') input: AssemblyDecisionInput): Promise<AssemblyDecision> {
    return this.service.decide(viewer, input);
  }

  @ResolveField(() => Region)
  async region(@Parent() a: IssueAssembly): Promise<Region> {
    return (await this.regions.byId(a.regionId)) ?? { id: a.regionId, name: 'Unknown region' };
  }

  @ResolveField(() => [AssemblyDecision])
  decisions(@CurrentViewer() viewer: Viewer, @Parent() a: IssueAssembly): Promise<AssemblyDecision[]> {
    return this.service.decisionsOfAssembly(viewer, a.id);
  }
}
