import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { ReachModule } from '../reach/reach.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { PowerMapResolver } from './powermap.resolver.js';
import { PowerMapService } from './powermap.service.js';

@Module({
  imports: [CampaignsModule, ReachModule, RegionsModule, AccountsModule],
  providers: [PowerMapService, PowerMapResolver],
})
export class PowerMapModule {}
