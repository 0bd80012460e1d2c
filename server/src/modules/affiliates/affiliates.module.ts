import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { RolesModule } from '../roles/roles.module.js';
import { AffiliatesRepository } from './affiliates.repository.js';
import { AffiliatesResolver } from './affiliates.resolver.js';
import { AffiliatesService } from './affiliates.service.js';

@Module({
  imports: [OrganizationsModule, PeopleModule, RolesModule],
  providers: [AffiliatesRepository, AffiliatesService, AffiliatesResolver],
})
export class AffiliatesModule {}
