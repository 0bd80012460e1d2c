import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { TeamsRepository } from './teams.repository.js';
import { PersonTeamsResolver, TeamsResolver } from './teams.resolver.js';
import { TeamsService } from './teams.service.js';

@Module({
  imports: [RegionsModule, PeopleModule],
  providers: [TeamsRepository, TeamsService, TeamsResolver, PersonTeamsResolver],
  exports: [TeamsService],
})
export class TeamsModule {}
