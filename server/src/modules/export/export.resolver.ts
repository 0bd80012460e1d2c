import { Args, Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../../common/viewer.js';
import { ExportService } from './export.service.js';

@ObjectType({ description: 'One CSV export: who downloaded what, when, and how many rows.' })
export class ExportLogEntry {
  @Field() at: string;
  @Field() what: string;
  @Field(() => Int) rows: number;
  @Field(() => String, { nullable: true }) byName: string | null;
  @Field(() => [String], { description: 'The regions in their scope then; ["*"] for all.' }) regions: string[];
}

@Resolver()
export class ExportResolver {
  constructor(private readonly service: ExportService) {}

  @Query(() => [ExportLogEntry], { description: 'Admins: the latest exports. Downloads are at /export/<people|organizations|ties|interactions>.csv.' })
  exportLog(@CurrentViewer() viewer: Viewer, @Args('limit', { type: () => Int, defaultValue: 100 }) limit: number): Promise<ExportLogEntry[]> {
    return this.service.list(viewer, Math.min(Math.max(limit, 1), 500));
  }
}
