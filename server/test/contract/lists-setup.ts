import type { GraphStore } from '../../src/graph/graph-store.port.js';
import { ExportRepository } from '../../src/modules/export/export.repository.js';
import { ExportService } from '../../src/modules/export/export.service.js';
import { ListsService } from '../../src/modules/lists/lists.service.js';
import { OrganizationListsService } from '../../src/modules/lists/organization-lists.service.js';
import type { Services } from '../factories/index.js';

/** The list services as the app wires them; `listStore` lets a test hold the lists' own transactions (bulk-jobs). */
export function listServices(store: GraphStore, s: Services, listStore: GraphStore = store): { lists: ListsService; orgLists: OrganizationListsService } {
  const orgLists = new OrganizationListsService(store, s.organizations, s.customFields, s.endorsements, s.zips);
  const exports = new ExportService(new ExportRepository(store), s.people, s.organizations, s.accountsRepo, s.customFields);
  return { lists: new ListsService(listStore, s.people, s.accountsRepo, s.zips, s.events, exports, orgLists, s.customFields), orgLists };
}
