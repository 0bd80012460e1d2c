import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store.port.js';
import { AccountsRepository } from '../modules/accounts/accounts.repository.js';
import { hashPassword } from '../modules/accounts/password.js';
import { Role } from '../common/viewer.js';
import { EventsService } from '../modules/events/events.service.js';
import { InteractionsService } from '../modules/interactions/interactions.service.js';
import { logDemoActivity } from './demo-activity.js';
import { DEMO_ACCOUNT_PEOPLE, DEMO_ACCOUNTS, DEMO_ADMIN_EMAIL, DEMO_PASSWORD, demoCalendar, demoData } from './demo-data.js';
import { DemoQueries } from './demo.queries.js';

/** On the first start with an empty database (no accounts), loads the demo coalition in one transaction. */
@Injectable()
export class DemoService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly accounts: AccountsRepository,
    private readonly config: AppConfig,
    private readonly interactions: InteractionsService,
    private readonly events: EventsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Only into a database created at this start: a file that exists was someone's data (see open-store.ts).
    if (!this.config.DEMO_DATA || this.store.isNew === false || (await this.accounts.count()) > 0) return;
    const counts = await this.load();
    this.logger.log(
      `Loaded the demo coalition (${counts.people} people, ${counts.organizations} organizations, ${counts.knows} ties, ` +
        `${counts.meetings} recent meetings, ${counts.events} events). ` +
        `Sign in as ${DEMO_ADMIN_EMAIL} with the password "${DEMO_PASSWORD}" (demo data only; see README).`,
    );
  }

  async load(): Promise<{ people: number; organizations: number; knows: number; meetings: number; events: number }> {
    const now = new Date().toISOString();
    const adminId = randomUUID();
    const data = demoData(adminId, now);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const accounts = DEMO_ACCOUNTS.map((a, i) => ({ ...a, regions: [...a.regions], id: i === 0 ? adminId : randomUUID(), passwordHash, createdAt: now }));
    await this.store.transaction(async (tx) => {
      await tx.run(DemoQueries.regions, { rows: data.regions });
      await tx.run(DemoQueries.accounts, { rows: accounts });
      await tx.run(DemoQueries.organizations, { rows: data.organizations });
      await tx.run(DemoQueries.people, { rows: data.people });
      await tx.run(DemoQueries.knows, { rows: data.knows, createdBy: adminId, now });
      for (const kind of ['MEMBER_OF', 'WORKS_AT', 'LEADS'] as const) {
        await tx.run(DemoQueries.affiliations[kind], { rows: data.affiliations[kind], createdBy: adminId, now });
      }
      const o = data.organizing;
      const ctx = { createdBy: adminId, now };
      await tx.run(DemoQueries.teams, { rows: o.teams });
      await tx.run(DemoQueries.teamMembers, { rows: o.teamMembers, ...ctx });
      await tx.run(DemoQueries.issues, { rows: o.issues });
      await tx.run(DemoQueries.narrows, { rows: o.narrows, ...ctx });
      await tx.run(DemoQueries.assemblies, { rows: o.assemblies });
      await tx.run(DemoQueries.decisions, { rows: o.decisions, ...ctx });
      await tx.run(DemoQueries.campaigns, { rows: o.campaigns });
      await tx.run(DemoQueries.campaignIssues, { rows: o.campaignLinks.issue });
      await tx.run(DemoQueries.campaignTargets, { rows: o.campaignLinks.targetPerson });
      await tx.run(DemoQueries.campaignTeams, { rows: o.campaignLinks.team });
      await tx.run(DemoQueries.approvals, { rows: o.approvals, ...ctx });
      await tx.run(DemoQueries.partners, { rows: o.partners, ...ctx });
      for (const label of ['Campaign', 'Team', 'Organization'] as const) await tx.run(DemoQueries.roles[label], { rows: o.roles[label], ...ctx });
      await tx.run(DemoQueries.accountPeople, { rows: DEMO_ACCOUNT_PEOPLE.map((a) => ({ ...a })) });
      await tx.run(DemoQueries.mous, { rows: o.mous });
      await tx.run(DemoQueries.campaignAsks, { rows: o.campaignAsks });
      await tx.run(DemoQueries.races, { rows: o.races });
      await tx.run(DemoQueries.candidates, { rows: o.candidates, ...ctx });
      await tx.run(DemoQueries.candidateAsks, { rows: o.candidateAsks });
      await tx.run(DemoQueries.assessments, { rows: o.assessments, ...ctx });
      await tx.run(DemoQueries.mentors, { rows: o.mentors, ...ctx });
    });
    // The recent weeks' work goes through the services, with the product's own rules.
    const viewer = (email: string) => {
      const a = accounts.find((x) => x.email === email)!;
      return { accountId: a.id, role: a.role as Role, regions: [...a.regions], allRegions: a.allRegions };
    };
    const activity = await logDemoActivity(
      { interactions: this.interactions, events: this.events },
      { leader: viewer('leader@demo.example.org'), connectorAccountId: viewer('connector@demo.example.org').accountId, staff: viewer('staff@demo.example.org') },
      demoCalendar(now),
    );
    return { people: data.people.length, organizations: data.organizations.length, knows: data.knows.length, ...activity };
  }
}
