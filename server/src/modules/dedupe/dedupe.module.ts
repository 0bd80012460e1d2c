import { Module } from '@nestjs/common';
import { CustomFieldsModule } from '../custom-fields/custom-fields.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { DedupeRepository } from './dedupe.repository.js';
import { DedupeResolver } from './dedupe.resolver.js';
import { DedupeService } from './dedupe.service.js';
import { MergeResolver } from './merge.resolver.js';
import { MergeService } from './merge.service.js';

@Module({
  imports: [PeopleModule, OrganizationsModule, CustomFieldsModule],
  providers: [DedupeRepository, DedupeService, DedupeResolver, MergeService, MergeResolver],
})
export class DedupeModule {}
