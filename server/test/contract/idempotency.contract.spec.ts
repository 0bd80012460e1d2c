import { randomUUID } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { Role, type Viewer } from '../../src/common/viewer.js';
import { CampaignInput } from '../../src/modules/campaigns/campaign.model.js';
import { EndorsementAskInput, RaceInput } from '../../src/modules/endorsements/endorsement.model.js';
import { EventInput } from '../../src/modules/events/event.model.js';
import { IdempotencyRepository } from '../../src/modules/idempotency/idempotency.repository.js';
import { IdempotencyService } from '../../src/modules/idempotency/idempotency.service.js';
import { InteractionKind, LogInteractionInput } from '../../src/modules/interactions/interaction.model.js';
import { IssueScope } from '../../src/modules/issues/issue.model.js';
import { TeamKind } from '../../src/modules/teams/team.model.js';
import { describeEachEngine } from './engines.js';
import { admin, organizationInput, peopleArgs, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

describeEachEngine('idempotent creates: a retry with the same key answers the first record', (store) => {
  let s: Services;
  let idem: IdempotencyService;
  beforeAll(() => {
    s = services(store());
    idem = new IdempotencyService(new IdempotencyRepository(store()));
  });

  /** As the interceptor does for a mutation: the create, and how a retry loads what it made. */
  function submit<T extends { id: string }>(who: Viewer, key: string, operation: string, args: Record<string, unknown>, create: () => Promise<T>, load: (id: string) => Promise<T>) {
    let created = 0;
    const result = idem.once({ viewer: who, key, operation, args }, () => (created++, create()), load);
    return result.then((r) => ({ id: r.id, created }));
  }

  const named = async (who: Viewer, name: string) => (await s.people.list(who, peopleArgs({ search: name }))).totalCount;

  it('creates a person once for two submissions with the same key, and separately for another account using the same key', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const other = viewer(Role.LEADER, [r1]);
    const name = `Retry ${randomUUID().slice(0, 8)}`;
    const input = personInput(r1, { name, emails: ['retry@example.org'], notes: 'met at the hearing' });
    const key = randomUUID();
    const send = (who: Viewer) => submit(who, key, 'createPerson', { input: { name } }, () => s.people.create(who, input), (id) => s.people.get(who, id));

    const first = await send(leader);
    const again = await send(leader);
    expect(first.created).toBe(1);
    expect(again).toEqual({ id: first.id, created: 0 });
    expect(await named(leader, name)).toBe(1);

    const theirs = await send(other);
    expect(theirs.created).toBe(1);
    expect(theirs.id).not.toBe(first.id);
    expect(await named(leader, name)).toBe(2);
  });

  it('creates once when the same submission arrives twice at the same moment', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const name = `Double click ${randomUUID().slice(0, 8)}`;
    const key = randomUUID();
    const send = () => submit(leader, key, 'createPerson', { input: { name } }, () => s.people.create(leader, personInput(r1, { name })), (id) => s.people.get(leader, id));
    const [a, b] = await Promise.all([send(), send()]);
    expect(a.id).toBe(b.id);
    expect(await named(leader, name)).toBe(1);
  });

  it('refuses a key already used for different details, changing nothing', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const key = randomUUID();
    const name = `First ${randomUUID().slice(0, 8)}`;
    await submit(leader, key, 'createPerson', { input: { name } }, () => s.people.create(leader, personInput(r1, { name })), (id) => s.people.get(leader, id));
    const changed = `Second ${randomUUID().slice(0, 8)}`;
    await expect(
      submit(leader, key, 'createPerson', { input: { name: changed } }, () => s.people.create(leader, personInput(r1, { name: changed })), (id) => s.people.get(leader, id)),
    ).rejects.toMatchObject({ code: 'CONFLICT', fields: [{ field: 'idempotencyKey' }] });
    await expect(
      submit(leader, key, 'createOrganization', { input: { name } }, () => s.organizations.create(leader, organizationInput(r1)), (id) => s.organizations.get(leader, id)),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await named(leader, changed)).toBe(0);
  });

  it('refuses a malformed key before creating anything', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const name = `Bad key ${randomUUID().slice(0, 8)}`;
    for (const key of ['short', 'has space in it', 'x'.repeat(101), "quote'injection"]) {
      await expect(submit(leader, key, 'createPerson', {}, () => s.people.create(leader, personInput(r1, { name })), (id) => s.people.get(leader, id))).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'idempotencyKey' }],
      });
    }
    expect(await named(leader, name)).toBe(0);
  });

  it('keeps the key in the same transaction for every kind of create: a retry never runs the create again', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const boss = admin();
    const host = await s.people.create(leader, personInput(r1));
    const met = await s.people.create(leader, personInput(r1));
    const org = await s.organizations.create(leader, organizationInput(r1));
    const issue = await s.issues.create(leader, { name: `Issue ${randomUUID().slice(0, 6)}`, scope: IssueScope.SPECIFIC_ISSUE, regionId: r1 });
    const campaign = await s.campaigns.create(leader, plainToInstance(CampaignInput, { name: `Campaign ${randomUUID().slice(0, 6)}`, regionId: r1, issueId: issue.id }));
    const race = await s.endorsements.saveRace(leader, plainToInstance(RaceInput, { name: `Race ${randomUUID().slice(0, 6)}`, regionId: r1, zip: '60614' }));
    const u = randomUUID().slice(0, 8);
    const creates: Array<[string, Viewer, () => Promise<{ id: string }>, (id: string) => Promise<{ id: string }>]> = [
      ['createPerson', leader, () => s.people.create(leader, personInput(r1)), (id) => s.people.get(leader, id)],
      ['createOrganization', leader, () => s.organizations.create(leader, organizationInput(r1)), (id) => s.organizations.get(leader, id)],
      ['createTeam', leader, () => s.teams.create(leader, { name: `Team ${u}`, kind: TeamKind.ISSUE_ACTION_TEAM, regionId: r1 }), (id) => s.teams.get(leader, id)],
      ['createIssue', leader, () => s.issues.create(leader, { name: `Issue ${u}`, scope: IssueScope.BROAD_AREA, regionId: r1 }), (id) => s.issues.get(leader, id)],
      ['createIssueAssembly', leader, () => s.issues.createAssembly(leader, { name: `Assembly ${u}`, date: '2025-03-01', regionId: r1 }), (id) => s.issues.assembly(leader, id)],
      ['createCampaign', leader, () => s.campaigns.create(leader, plainToInstance(CampaignInput, { name: `Campaign ${u}`, regionId: r1, issueId: issue.id })), (id) => s.campaigns.get(leader, id)],
      ['createEvent', leader, () => s.events.create(leader, plainToInstance(EventInput, { name: `Event ${u}`, date: '2099-03-10', regionId: r1 })), (id) => s.events.get(leader, id)],
      ['createEndorsementAsk', leader, () => s.endorsements.create(leader, plainToInstance(EndorsementAskInput, { organizationId: org.id, campaignId: campaign.id })), (id) => s.endorsements.get(leader, id)],
      ['createRace', leader, () => s.endorsements.saveRace(leader, plainToInstance(RaceInput, { name: `Race ${u}`, regionId: r1, zip: '60614' })), (id) => s.endorsements.race(leader, id)],
      ['addCandidate', leader, () => s.endorsements.addCandidate(leader, { raceId: race.id, name: `Candidate ${u}`, party: null }), (id) => s.endorsements.candidate(leader, id)],
      ['logInteraction', leader, () => s.interactions.log(leader, plainToInstance(LogInteractionInput, { kind: InteractionKind.ONE_TO_ONE, hostPersonId: host.id, personIds: [met.id] })), (id) => s.interactions.get(leader, id)],
      ['createRegion', boss, () => s.regions.create(boss, `Region ${u}`), async (id) => (await s.regions.byId(id))!],
      ['createAccount', boss, () => s.accounts.create(boss, { email: `retry-${u}@example.org`, displayName: 'Retry Tester', password: 'long-enough-password', role: Role.CONNECTOR, regionIds: [r1] }), async (id) => (await s.accounts.byIds([id]))[0]],
    ];
    for (const [operation, who, create, load] of creates) {
      const key = randomUUID();
      const first = await submit(who, key, operation, { operation }, create, load);
      const again = await submit(who, key, operation, { operation }, create, load);
      expect([operation, again]).toEqual([operation, { id: first.id, created: 0 }]);
    }
  });

  it('forgets keys a day old, and only those', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const key = randomUUID();
    const name = `Old key ${randomUUID().slice(0, 8)}`;
    const send = () => submit(leader, key, 'createPerson', { input: { name } }, () => s.people.create(leader, personInput(r1, { name })), (id) => s.people.get(leader, id));
    await send();
    expect(await idem.prune(Date.now() + 23 * 3_600_000)).toBe(0);
    expect((await send()).created).toBe(0);
    expect(await idem.prune(Date.now() + 25 * 3_600_000)).toBeGreaterThanOrEqual(1);
    expect((await send()).created).toBe(1);
    expect(await named(leader, name)).toBe(2);
  });
});
