import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { EventsModule } from '../events/events.module.js';
import { CustomFieldsModule } from '../custom-fields/custom-fields.module.js';
import { EndorsementsModule } from '../endorsements/endorsements.module.js';
import { ExportModule } from '../export/export.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { GeoModule } from '../geo/geo.module.js';
import { PeopleModule } from '../people/people.module.js';
import { ListsResolver, OrganizationsListResolver, PeopleListResolver } from './lists.resolver.js';
import { ListsService } from './lists.service.js';
import { OrganizationListsService } from './organization-lists.service.js';

/** Lists of people by any field, saved lists and bulk actions (issue 14). */
@Module({
  imports: [AccountsModule, PeopleModule, GeoModule, EventsModule, ExportModule, OrganizationsModule, CustomFieldsModule, EndorsementsModule],
  providers: [ListsService, OrganizationListsService, ListsResolver, PeopleListResolver, OrganizationsListResolver],
})
export class ListsModule {}
