import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { TeamsModule } from '../teams/teams.module.js';
import {
  CampaignRolesResolver,
  OrganizationRolesResolver,
  PersonRolesResolver,
  RoleRemovalResolver,
  RolesResolver,
  TeamRolesResolver,
} from './roles.resolver.js';
import { RolesRepository } from './roles.repository.js';
import { RolesService } from './roles.service.js';

@Module({
  imports: [PeopleModule, OrganizationsModule, CampaignsModule, TeamsModule],
  providers: [
    RolesRepository,
    RolesService,
    RolesResolver,
    RoleRemovalResolver,
    CampaignRolesResolver,
    TeamRolesResolver,
    PersonRolesResolver,
    OrganizationRolesResolver,
  ],
  exports: [RolesService],
})
export class RolesModule {}
