import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { RsvpPageController } from './rsvp-page.controller.js';
import { RsvpPageRepository } from './rsvp-page.repository.js';
import { RsvpPageResolver } from './rsvp-page.resolver.js';
import { RsvpPageService } from './rsvp-page.service.js';

@Module({
  imports: [EventsModule],
  controllers: [RsvpPageController],
  providers: [RsvpPageRepository, RsvpPageService, RsvpPageResolver],
})
export class RsvpPageModule {}
