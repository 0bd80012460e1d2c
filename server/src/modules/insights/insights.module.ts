import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { RolesModule } from '../roles/roles.module.js';
import { InsightsRepository } from './insights.repository.js';
import { InsightsResolver } from './insights.resolver.js';
import { InsightsService } from './insights.service.js';
import { LeaderScoringJob } from './leader-scoring.job.js';
import { StepsAwayResolver } from './steps-away.resolver.js';
import { StepsAwayService } from './steps-away.service.js';

@Module({
  imports: [PeopleModule, OrganizationsModule, RolesModule, CampaignsModule],
  providers: [InsightsRepository, InsightsService, InsightsResolver, LeaderScoringJob, StepsAwayService, StepsAwayResolver],
})
export class InsightsModule {}
