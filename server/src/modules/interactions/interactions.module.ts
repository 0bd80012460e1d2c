import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { InteractionsRepository } from './interactions.repository.js';
import { FollowUpResolver, InteractionsResolver, PersonInteractionsResolver, TeamProgressResolver } from './interactions.resolver.js';
import { InteractionsService } from './interactions.service.js';

@Module({
  imports: [AccountsModule, PeopleModule, OrganizationsModule],
  providers: [InteractionsRepository, InteractionsService, InteractionsResolver, FollowUpResolver, PersonInteractionsResolver, TeamProgressResolver],
  exports: [InteractionsService],
})
export class InteractionsModule {}
