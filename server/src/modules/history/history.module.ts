import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { IssueHistoryResolver, OrganizationHistoryResolver, PersonHistoryResolver, TeamHistoryResolver } from './history.resolver.js';
import { HistoryService } from './history.service.js';

@Module({
  imports: [AccountsModule],
  providers: [HistoryService, PersonHistoryResolver, OrganizationHistoryResolver, TeamHistoryResolver, IssueHistoryResolver],
  exports: [HistoryService],
})
export class HistoryModule {}
