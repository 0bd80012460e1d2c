import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { PeopleModule } from '../people/people.module.js';
import { LeadershipRepository } from './leadership.repository.js';
import { AssessmentResolver, LeadershipResolver } from './leadership.resolver.js';
import { LeadershipService } from './leadership.service.js';

@Module({
  imports: [AccountsModule, PeopleModule],
  providers: [LeadershipRepository, LeadershipService, LeadershipResolver, AssessmentResolver],
})
export class LeadershipModule {}
