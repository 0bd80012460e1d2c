import { Module } from '@nestjs/common';
import { AccountsModule } from '../modules/accounts/accounts.module.js';
import { EventsModule } from '../modules/events/events.module.js';
import { InteractionsModule } from '../modules/interactions/interactions.module.js';
import { DemoService } from './demo.service.js';

@Module({ imports: [AccountsModule, InteractionsModule, EventsModule], providers: [DemoService] })
export class DemoModule {}
