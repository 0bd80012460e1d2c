import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Role } from '../../src/common/viewer.js';
import { CampaignInput } from '../../src/modules/campaigns/campaign.model.js';
import { EndorsementStatus } from '../../src/modules/endorsements/endorsement.model.js';
import { AssemblyOutcome, IssueScope } from '../../src/modules/issues/issue.model.js';
import { PersonKind } from '../../src/modules/people/models/person.model.js';
import { InfluenceInput, type PowerMap } from '../../src/modules/powermap/powermap.model.js';
import { PowerMapService } from '../../src/modules/powermap/powermap.service.js';
import { PowerMapResolver } from '../../src/modules/powermap/powermap.resolver.js';
import { ReachFrom } from '../../src/modules/reach/reach.model.js';
import { RoleKind } from '../../src/modules/roles/role.model.js';
import { AffiliationKind } from '../../src/modules/ties/models/tie.model.js';
import { describeEachEngine } from './engines.js';
import { admin, organizationInput, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

describeEachEngine('power maps: who influences a campaign’s target, by stance and influence', (store) => {
  let s: Services;
  let maps: PowerMapService;
  beforeAll(() => {
    s = services(store());
    maps = new PowerMapService(store(), s.campaigns, s.reach, s.reachIndex, s.regions, s.accountsRepo);
  });

  /**
   * Target T (a board president). Around her:
   *   Ana knows T (strength 4) and is a member of Parents United, which endorsed the campaign.
   *   Parents United: T is a member; it endorsed.         Chamber: T works there; it declined.
   *   Tenants Union: a partner, asked and considering, with a connector assigned.
   *   Hana (region B, outside the leader's regions) knows T (strength 5).
   *   Max (a member) knows Ana: the warmest path to Ana.
   */
  async function graph() {
    const [r1, r2] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const person = (name: string, region = r1, kinds = [PersonKind.ALLY]) => s.people.create(admin(), personInput(region, { name, kinds }));
    const t = await person('Board President', r1, [PersonKind.TARGET]);
    const ana = await person('Ana Ally');
    const hana = await person('Hana Hidden', r2);
    const max = await person('Max Member', r1, [PersonKind.MEMBER]);
    const connector = await person('Cleo Connector', r1, [PersonKind.MEMBER]);
    const parents = await s.organizations.create(leader, organizationInput(r1, { name: 'Parents United' }));
    const chamber = await s.organizations.create(leader, organizationInput(r1, { name: 'Chamber of Commerce' }));
    const tenants = await s.organizations.create(leader, organizationInput(r1, { name: 'Tenants Union' }));
    const knows = (a: { id: string }, b: { id: string }, strength: number) =>
      s.ties.setKnows(admin(), { personId: a.id, otherPersonId: b.id, strength, context: 'school board', since: null });
    await knows(ana, t, 4);
    await knows(hana, t, 5);
    await knows(max, ana, 5);
    await s.ties.addAffiliation(admin(), { personId: t.id, organizationId: parents.id, kind: AffiliationKind.MEMBER_OF });
    await s.ties.addAffiliation(admin(), { personId: t.id, organizationId: chamber.id, kind: AffiliationKind.WORKS_AT });
    await s.ties.addAffiliation(admin(), { personId: ana.id, organizationId: parents.id, kind: AffiliationKind.MEMBER_OF });

    const issue = await s.issues.create(leader, { name: 'Restore counselors', scope: IssueScope.SPECIFIC_ISSUE, regionId: r1 });
    const assembly = await s.issues.createAssembly(leader, { name: 'Spring Issue Assembly', date: '2025-03-01', regionId: r1 });
    await s.issues.decide(leader, { assemblyId: assembly.id, issueId: issue.id, outcome: AssemblyOutcome.PRIORITIZED });
    const campaign = await s.campaigns.create(leader, plainToInstance(CampaignInput, { name: 'Counselors, not cuts', regionId: r1, issueId: issue.id, targetPersonId: t.id }));
    const ask = (o: { id: string }, status: EndorsementStatus) =>
      s.endorsements.create(leader, { organizationId: o.id, campaignId: campaign.id, askerId: connector.id, status, nextStep: status === EndorsementStatus.CONSIDERING ? 'Board vote on the 12th' : null });
    await ask(parents, EndorsementStatus.ENDORSED);
    await ask(chamber, EndorsementStatus.DECLINED);
    await s.campaigns.setPartner(leader, campaign.id, tenants.id, true);
    await ask(tenants, EndorsementStatus.CONSIDERING);
    await s.roles.assign(leader, { personId: connector.id, role: RoleKind.CONNECTOR, campaignId: campaign.id, forOrganizationId: tenants.id });
    return { r1, r2, leader, t, ana, hana, max, connector, parents, chamber, tenants, campaign };
  }

  const byName = (m: PowerMap, name: string) => {
    const r = m.records.find((x) => x.record.name === name);
    if (!r) throw new Error(`${name} is not on the map: ${m.records.map((x) => x.record.name).join(', ')}`);
    return r;
  };

  it('places who is tied to the target by stance (endorsements, partnership, their organizations) and influence (ties and roles)', async () => {
    const g = await graph();
    const map = await maps.powerMap(g.leader, g.campaign.id);
    expect(map.target).toMatchObject({ id: g.t.id, name: 'Board President', hidden: false });
    expect(map.canEdit).toBe(true);
    const ana = byName(map, 'Ana Ally');
    expect(ana).toMatchObject({ stance: 1, stanceSource: 'THEIR_ORGANIZATIONS', influence: 4, influenceSource: 'TIES', influenceWhy: 'Knows the target (tie strength 4)', placed: false });
    expect(byName(map, 'Parents United')).toMatchObject({ stance: 2, stanceSource: 'ENDORSED', influence: 3, influenceWhy: 'The target is a member', openAsk: null });
    expect(byName(map, 'Chamber of Commerce')).toMatchObject({ stance: -2, stanceSource: 'DECLINED', influence: 4, influenceWhy: 'The target works there' });
    // A partner asked to endorse, with no tie to the target: on the map with its ask, at the least influence until someone says more.
    expect(byName(map, 'Tenants Union')).toMatchObject({
      stance: 1, stanceSource: 'PARTNER', influence: 1, influenceWhy: 'No tie to the target recorded',
      openAsk: { status: 'CONSIDERING', nextStep: 'Board vote on the 12th', askerName: 'Cleo Connector' }, assigned: ['Cleo Connector'],
    });
    // Members and the connector, tied to no one on the map, are not on it.
    expect(map.records.map((r) => r.record.name)).not.toContain('Max Member');
    // The warmest path to Ana runs from a member who knows her.
    expect(ana.warmestPath?.nodes.map((n) => n.name)).toEqual(['Max Member', 'Ana Ally']);
    // A new tie shows at once in the warmest path (paths are kept only while the ties stay the same).
    expect(byName(map, 'Parents United').warmestPath?.nodes.map((n) => n.name)).toEqual(['Max Member', 'Ana Ally', 'Parents United']);
    await s.ties.addAffiliation(admin(), { personId: g.connector.id, organizationId: g.parents.id, kind: AffiliationKind.LEADS });
    const after = await maps.powerMap(g.leader, g.campaign.id);
    expect(byName(after, 'Parents United').warmestPath?.nodes.map((n) => n.name)).toEqual(['Cleo Connector', 'Parents United']);
    // Highest influence first.
    expect(map.records.map((r) => r.influence)).toEqual([...map.records.map((r) => r.influence)].sort((a, b) => b - a));
  });

  it('finds the warmest path however deep: a strong chain of five links beats a weak direct tie, as the full-depth reach search says', async () => {
    const g = await graph();
    const person = (name: string) => s.people.create(admin(), personInput(g.r1, { name, kinds: [PersonKind.ALLY] }));
    const knows = (a: { id: string }, b: { id: string }, strength: number) => s.ties.setKnows(admin(), { personId: a.id, otherPersonId: b.id, strength, context: null, since: null });
    const zed = await person('Zed Far');
    await knows(zed, g.t, 1);
    // Weak and short: Cleo (a member) knows Zed a little. Strong and long: Max =5= Pia =5= Quin =5= Rae =5= Sol =5= Zed.
    await knows(g.connector, zed, 1);
    const chain = [g.max, ...(await Promise.all(['Pia Chain', 'Quin Chain', 'Rae Chain', 'Sol Chain'].map(person))), zed];
    for (let i = 0; i + 1 < chain.length; i++) await knows(chain[i], chain[i + 1], 5);
    const map = await maps.powerMap(g.leader, g.campaign.id);
    const full = await s.reach.reach(g.leader, { targetPersonId: zed.id, from: ReachFrom.REGION, regionId: g.r1, limit: 1, maxHops: 6 });
    expect(full.paths[0].nodes.map((n) => n.name)).toEqual(['Max Member', 'Pia Chain', 'Quin Chain', 'Rae Chain', 'Sol Chain', 'Zed Far']);
    expect(byName(map, 'Zed Far').warmestPath).toEqual(full.paths[0]);
    // Every path on the map is the one the full-depth search finds.
    for (const r of map.records.filter((x) => x.record.id && x.warmestPath)) {
      const kind = r.record.kind === 'PERSON' ? { targetPersonId: r.record.id! } : { targetOrganizationId: r.record.id! };
      const deep = await s.reach.reach(g.leader, { ...kind, from: ReachFrom.REGION, regionId: g.r1, limit: 1, maxHops: 6 });
      expect(r.warmestPath).toEqual(deep.paths[0]);
    }
  });

  it('shows people outside the viewer’s regions as "Someone in <region>": no id, no name, no path, no note', async () => {
    const g = await graph();
    await maps.setInfluence(admin(), plainToInstance(InfluenceInput, { fromId: g.hana.id, personId: g.t.id, strength: 5, note: 'her sister' }));
    const map = await maps.powerMap(g.leader, g.campaign.id);
    const hidden = map.records.filter((r) => r.record.hidden);
    expect(hidden).toHaveLength(1);
    expect(hidden[0]).toMatchObject({ record: { id: null, name: expect.stringMatching(/^Someone in Region B/), hidden: true }, influence: 5, influenceNote: null, warmestPath: null, assigned: [] });
    expect(JSON.stringify(map)).not.toContain('Hana');
    expect(JSON.stringify(map)).not.toContain(g.hana.id);
    expect(JSON.stringify(map)).not.toContain('her sister');
    // An admin sees her.
    const all = await maps.powerMap(admin(), g.campaign.id);
    expect(byName(all, 'Hana Hidden')).toMatchObject({ influenceSource: 'RECORDED', recordedInfluence: 5, influenceNote: 'her sister' });
  });

  it('a leader places a record by hand: it overrides the derived stance and influence, and both empty go back to derived, with history', async () => {
    const g = await graph();
    let map = await maps.place(g.leader, g.campaign.id, g.chamber.id, 1, 5);
    expect(byName(map, 'Chamber of Commerce')).toMatchObject({ stance: 1, stanceSource: 'PLACED', influence: 5, influenceSource: 'PLACED', placed: true });
    // Placed by hand, the stance wins over the partnership; the influence left empty stays derived.
    map = await maps.place(g.leader, g.campaign.id, g.tenants.id, 2, null);
    expect(byName(map, 'Tenants Union')).toMatchObject({
      stance: 2, stanceSource: 'PLACED', influence: 1, influenceSource: 'TIES', influenceWhy: 'No tie to the target recorded',
      openAsk: { status: 'CONSIDERING', nextStep: 'Board vote on the 12th', askerName: 'Cleo Connector' }, assigned: ['Cleo Connector'],
    });
    map = await maps.place(g.leader, g.campaign.id, g.chamber.id, null, null);
    expect(byName(map, 'Chamber of Commerce')).toMatchObject({ stance: -2, stanceSource: 'DECLINED', influence: 4, placed: false });

    const history = await s.history.seenBy(g.leader, 'Campaign', g.campaign.id);
    const moves = history.filter((h) => h.summary.includes('power map')).map((h) => h.summary);
    expect(moves).toEqual([
      'Chamber of Commerce back to derived on the power map of Counselors, not cuts',
      'Tenants Union moved on the power map of Counselors, not cuts: with us, influence derived',
      'Chamber of Commerce moved on the power map of Counselors, not cuts: leans with us, influence 5',
    ]);
    const chamberHistory = await s.history.seenBy(g.leader, 'Organization', g.chamber.id);
    expect(chamberHistory[0].changes).toEqual([
      { field: 'stance', from: 'leans with us', to: 'derived' },
      { field: 'influence', from: '5', to: 'derived' },
    ]);
  });

  it('refuses bad placements with a clear error and changes nothing', async () => {
    const g = await graph();
    const connectorAccount = viewer(Role.CONNECTOR, [g.r1]);
    await expect(maps.place(connectorAccount, g.campaign.id, g.ana.id, 1, 3)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(maps.place(g.leader, g.campaign.id, g.ana.id, 3, 3)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'stance' }] });
    await expect(maps.place(g.leader, g.campaign.id, g.ana.id, 0, 6)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'influence' }] });
    await expect(maps.place(g.leader, g.campaign.id, g.t.id, 0, 3)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'recordId' }] });
    await expect(maps.place(g.leader, g.campaign.id, g.hana.id, 0, 3)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', message: 'That person or organization was not found in your regions.',
    });
    const otherLeader = viewer(Role.LEADER, [g.r2]);
    await expect(maps.powerMap(otherLeader, g.campaign.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const map = await maps.powerMap(g.leader, g.campaign.id);
    expect(map.records.some((r) => r.placed)).toBe(false);
    expect((await s.history.seenBy(g.leader, 'Campaign', g.campaign.id)).filter((h) => h.summary.includes('power map'))).toEqual([]);
  });

  it('records, changes and removes who influences the target, with history; a recorded strength outranks ties', async () => {
    const g = await graph();
    const input = (strength: number, note: string | null) => plainToInstance(InfluenceInput, { fromId: g.ana.id, personId: g.t.id, strength, note });
    await maps.setInfluence(g.leader, input(2, 'former student'));
    expect(byName(await maps.powerMap(g.leader, g.campaign.id), 'Ana Ally')).toMatchObject({
      influence: 2, influenceSource: 'RECORDED', influenceWhy: 'Recorded as influencing the target: 2 of 5 (former student)', influenceNote: 'former student',
    });
    await maps.setInfluence(g.leader, input(5, 'former student'));
    // An organization may influence a person too.
    await maps.setInfluence(g.leader, plainToInstance(InfluenceInput, { fromId: g.tenants.id, personId: g.t.id, strength: 3, note: null }));
    let map = await maps.powerMap(g.leader, g.campaign.id);
    expect(byName(map, 'Ana Ally').influence).toBe(5);
    expect(byName(map, 'Tenants Union')).toMatchObject({ influence: 3, influenceSource: 'RECORDED', stance: 1, stanceSource: 'PARTNER' });

    // The answer carries the campaign's map as it is after the removal.
    const removed = await new PowerMapResolver(maps).removeInfluence(g.leader, g.ana.id, g.t.id, g.campaign.id);
    expect(byName(removed.powerMap!, 'Ana Ally')).toMatchObject({ influence: 4, influenceSource: 'TIES' });
    map = await maps.powerMap(g.leader, g.campaign.id);
    expect(byName(map, 'Ana Ally')).toMatchObject({ influence: 4, influenceSource: 'TIES' });
    await expect(maps.removeInfluence(g.leader, g.ana.id, g.t.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const history = await s.history.seenBy(g.leader, 'Person', g.ana.id);
    expect(history.filter((h) => /influenc/.test(h.summary)).map((h) => [h.summary, h.changes])).toEqual([
      ['Ana Ally no longer recorded as influencing Board President', [{ field: 'strength', from: '5', to: null }]],
      ['Ana Ally influences Board President: strength 5', [{ field: 'strength', from: '2', to: '5' }]],
      ['Ana Ally influences Board President: strength 2', [{ field: 'strength', from: null, to: '2' }, { field: 'note', from: null, to: null }]],
    ]);
  });

  it('refuses bad influences with a clear error', async () => {
    const g = await graph();
    const problems = await validate(plainToInstance(InfluenceInput, { fromId: g.ana.id, personId: g.t.id, strength: 9 }));
    expect(problems.flatMap((p) => Object.values(p.constraints ?? {}))).toEqual(['The strength is 1 to 5.']);
    await expect(maps.setInfluence(g.leader, plainToInstance(InfluenceInput, { fromId: g.t.id, personId: g.t.id, strength: 3 }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'fromId' }] });
    await expect(maps.setInfluence(g.leader, plainToInstance(InfluenceInput, { fromId: g.ana.id, personId: g.parents.id, strength: 3 }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'personId' }] });
    await expect(maps.setInfluence(g.leader, plainToInstance(InfluenceInput, { fromId: g.hana.id, personId: g.t.id, strength: 3 }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'fromId' }] });
    await expect(maps.setInfluence(viewer(Role.CONNECTOR, [g.r1]), plainToInstance(InfluenceInput, { fromId: g.ana.id, personId: g.t.id, strength: 3 }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
