import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { HISTORY_RESOLVERS } from './history.resolver.js';
import { HistoryService } from './history.service.js';

@Module({
  imports: [AccountsModule],
  providers: [HistoryService, ...HISTORY_RESOLVERS],
  exports: [HistoryService],
})
export class HistoryModule {}
