import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { ReachResolver } from './reach.resolver.js';
import { ReachService } from './reach.service.js';

@Module({
  imports: [PeopleModule, OrganizationsModule],
  providers: [ReachService, ReachResolver],
  exports: [ReachService],
})
export class ReachModule {}
