import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module.js';
import { AccountsRepository } from './accounts.repository.js';
import { AccountsResolver } from './accounts.resolver.js';
import { AccountsService } from './accounts.service.js';

@Module({
  imports: [RegionsModule],
  providers: [AccountsRepository, AccountsService, AccountsResolver],
  exports: [AccountsService, AccountsRepository],
})
export class AccountsModule {}
