import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { PeopleModule } from '../people/people.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { EventsRepository } from './events.repository.js';
import { EventsResolver, PersonAskLoadResolver } from './events.resolver.js';
import { EventsService } from './events.service.js';

@Module({
  imports: [AccountsModule, RegionsModule, PeopleModule, CampaignsModule],
  providers: [EventsRepository, EventsService, EventsResolver, PersonAskLoadResolver],
  exports: [EventsService],
})
export class EventsModule {}
