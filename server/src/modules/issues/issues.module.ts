import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module.js';
import { IssueAssembliesResolver, IssuesResolver } from './issues.resolver.js';
import { IssuesRepository } from './issues.repository.js';
import { IssuesService } from './issues.service.js';

@Module({
  imports: [RegionsModule],
  providers: [IssuesRepository, IssuesService, IssuesResolver, IssueAssembliesResolver],
  exports: [IssuesService],
})
export class IssuesModule {}
