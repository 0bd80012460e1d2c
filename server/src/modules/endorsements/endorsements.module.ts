import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { HistoryModule } from '../history/history.module.js';
import { IssuesModule } from '../issues/issues.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { EndorsementsRepository } from './endorsements.repository.js';
import { CandidatesResolver, EndorsementAsksResolver, OrganizationAsksResolver, RacesResolver } from './endorsements.resolver.js';
import { EndorsementsService } from './endorsements.service.js';

@Module({
  imports: [AccountsModule, RegionsModule, HistoryModule, IssuesModule, CampaignsModule, PeopleModule, OrganizationsModule],
  providers: [EndorsementsRepository, EndorsementsService, EndorsementAsksResolver, RacesResolver, CandidatesResolver, OrganizationAsksResolver],
  exports: [EndorsementsService],
})
export class EndorsementsModule {}
