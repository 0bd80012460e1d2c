import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { HistoryModule } from '../history/history.module.js';
import { IssuesModule } from '../issues/issues.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { TeamsModule } from '../teams/teams.module.js';
import { CampaignsRepository } from './campaigns.repository.js';
import { CampaignsResolver, IssueCampaignsResolver } from './campaigns.resolver.js';
import { CampaignsService } from './campaigns.service.js';

@Module({
  imports: [RegionsModule, AccountsModule, HistoryModule, IssuesModule, TeamsModule, PeopleModule, OrganizationsModule],
  providers: [CampaignsRepository, CampaignsService, CampaignsResolver, IssueCampaignsResolver],
  exports: [CampaignsService],
})
export class CampaignsModule {}
