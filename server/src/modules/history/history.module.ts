import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { OrganizationHistoryResolver, PersonHistoryResolver } from './history.resolver.js';
import { HistoryService } from './history.service.js';

@Module({
  imports: [AccountsModule],
  providers: [HistoryService, PersonHistoryResolver, OrganizationHistoryResolver],
  exports: [HistoryService],
})
export class HistoryModule {}
