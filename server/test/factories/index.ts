import { randomUUID } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { Role, type Viewer } from '../../src/common/viewer.js';
import type { GraphStore } from '../../src/graph/graph-store.port.js';
import { AccountsRepository } from '../../src/modules/accounts/accounts.repository.js';
import { AccountsService } from '../../src/modules/accounts/accounts.service.js';
import { CampaignsRepository } from '../../src/modules/campaigns/campaigns.repository.js';
import { CampaignsService } from '../../src/modules/campaigns/campaigns.service.js';
import { loadConfig } from '../../src/config/app-config.js';
import { AffiliatesRepository } from '../../src/modules/affiliates/affiliates.repository.js';
import { AffiliatesService } from '../../src/modules/affiliates/affiliates.service.js';
import { LeadershipRepository } from '../../src/modules/leadership/leadership.repository.js';
import { LeadershipService } from '../../src/modules/leadership/leadership.service.js';
import { DedupeRepository } from '../../src/modules/dedupe/dedupe.repository.js';
import { DedupeService } from '../../src/modules/dedupe/dedupe.service.js';
import { MergeService } from '../../src/modules/dedupe/merge.service.js';
import { EndorsementsRepository } from '../../src/modules/endorsements/endorsements.repository.js';
import { EndorsementsService } from '../../src/modules/endorsements/endorsements.service.js';
import { ZipDirectory } from '../../src/modules/geo/zip-directory.js';
import { EventsRepository } from '../../src/modules/events/events.repository.js';
import { EventsService } from '../../src/modules/events/events.service.js';
import { HistoryService } from '../../src/modules/history/history.service.js';
import { InteractionsRepository } from '../../src/modules/interactions/interactions.repository.js';
import { InteractionsService } from '../../src/modules/interactions/interactions.service.js';
import { IssuesRepository } from '../../src/modules/issues/issues.repository.js';
import { IssuesService } from '../../src/modules/issues/issues.service.js';
import { RolesRepository } from '../../src/modules/roles/roles.repository.js';
import { RolesService } from '../../src/modules/roles/roles.service.js';
import { TeamsRepository } from '../../src/modules/teams/teams.repository.js';
import { TeamsService } from '../../src/modules/teams/teams.service.js';
import { OrganizationInput } from '../../src/modules/organizations/dto/organization.input.js';
import { OrganizationType } from '../../src/modules/organizations/models/organization.model.js';
import { OrganizationsRepository } from '../../src/modules/organizations/organizations.repository.js';
import { OrganizationsService } from '../../src/modules/organizations/organizations.service.js';
import { PeopleArgs, PersonInput } from '../../src/modules/people/dto/person.input.js';
import { PeopleRepository } from '../../src/modules/people/people.repository.js';
import { PeopleService } from '../../src/modules/people/people.service.js';
import { RegionsRepository } from '../../src/modules/regions/regions.repository.js';
import { RegionsService } from '../../src/modules/regions/regions.service.js';
import { TiesRepository } from '../../src/modules/ties/ties.repository.js';
import { TiesService } from '../../src/modules/ties/ties.service.js';
import { ReachIndex } from '../../src/modules/reach/reach-index.js';
import { ReachService } from '../../src/modules/reach/reach.service.js';
import { CustomFieldsRepository } from '../../src/modules/custom-fields/custom-fields.repository.js';
import { CustomFieldsService } from '../../src/modules/custom-fields/custom-fields.service.js';

/** The services wired by hand on a real store, as Nest would wire them. */
export function services(store: GraphStore) {
  const regions = new RegionsService(new RegionsRepository(store));
  const accountsRepo = new AccountsRepository(store);
  const accounts = new AccountsService(accountsRepo, regions);
  // Follows the store's commits (change feed) like the app's.
  const reachIndex = new ReachIndex(store);
  const customFields = new CustomFieldsService(new CustomFieldsRepository(store), regions);
  const people = new PeopleService(new PeopleRepository(store), regions, accountsRepo, customFields);
  const organizations = new OrganizationsService(new OrganizationsRepository(store), regions, customFields);
  const ties = new TiesService(new TiesRepository(store), people, organizations);
  const history = new HistoryService(store, accountsRepo);
  const teams = new TeamsService(new TeamsRepository(store), regions, people);
  const issues = new IssuesService(new IssuesRepository(store), regions);
  const campaigns = new CampaignsService(new CampaignsRepository(store), regions, issues, teams, people, organizations);
  const roles = new RolesService(new RolesRepository(store), people, campaigns);
  const interactions = new InteractionsService(new InteractionsRepository(store), people, organizations, accountsRepo);
  const reach = new ReachService(store, reachIndex);
  const events = new EventsService(new EventsRepository(store), regions, people, campaigns, accountsRepo, loadConfig({ DATA_DIR: '/nonexistent' }));
  const zips = new ZipDirectory();
  const endorsements = new EndorsementsService(new EndorsementsRepository(store), regions, organizations, campaigns, issues, people, accountsRepo, zips);
  const affiliates = new AffiliatesService(new AffiliatesRepository(store), organizations, people, roles, zips);
  const leadership = new LeadershipService(new LeadershipRepository(store), people, accountsRepo);
  const dedupe = new DedupeService(new DedupeRepository(store), people, organizations);
  const merge = new MergeService(store, people, organizations, customFields);
  return { regions, accounts, customFields, people, organizations, ties, history, teams, issues, campaigns, roles, interactions, events, endorsements, zips, affiliates, leadership, dedupe, merge, accountsRepo, reachIndex, reach };
}

export type Services = ReturnType<typeof services>;

export const admin = (): Viewer => ({ accountId: `admin-${randomUUID()}`, role: Role.ADMIN, regions: [], allRegions: true });

export const viewer = (role: Role, regions: string[], accountId = `${role.toLowerCase()}-${randomUUID()}`): Viewer => ({
  accountId,
  role,
  regions,
  allRegions: false,
});

/** Two fresh regions, unique to the calling test. */
export async function twoRegions(s: Services): Promise<[string, string]> {
  const a = await s.regions.create(admin(), `Region A ${randomUUID().slice(0, 8)}`);
  const b = await s.regions.create(admin(), `Region B ${randomUUID().slice(0, 8)}`);
  return [a.id, b.id];
}

export const personInput = (regionId: string, overrides: Partial<PersonInput> = {}): PersonInput =>
  plainToInstance(PersonInput, { name: `Person ${randomUUID().slice(0, 6)}`, emails: [], phones: [], regionId, kinds: ['MEMBER'], tags: [], ...overrides });

export const organizationInput = (regionId: string, overrides: Partial<OrganizationInput> = {}): OrganizationInput =>
  plainToInstance(OrganizationInput, { name: `Org ${randomUUID().slice(0, 6)}`, type: OrganizationType.PARTNER, regionId, ...overrides });

export const peopleArgs = (overrides: Partial<PeopleArgs> = {}): PeopleArgs => plainToInstance(PeopleArgs, { first: 25, ...overrides });
