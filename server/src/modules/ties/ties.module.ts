import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { OrganizationTiesResolver, PersonTiesResolver, TiesResolver } from './ties.resolver.js';
import { TiesRepository } from './ties.repository.js';
import { TiesService } from './ties.service.js';

@Module({
  imports: [PeopleModule, OrganizationsModule],
  providers: [TiesRepository, TiesService, TiesResolver, PersonTiesResolver, OrganizationTiesResolver],
})
export class TiesModule {}
