import { plainToInstance } from 'class-transformer';
import { Role } from '../../src/common/viewer.js';
import { CampaignInput } from '../../src/modules/campaigns/campaign.model.js';
import { EndorsementAskInput, EndorsementStatus, MoveEndorsementAskInput, RaceInput } from '../../src/modules/endorsements/endorsement.model.js';
import { AssemblyOutcome, IssueScope } from '../../src/modules/issues/issue.model.js';
import { OrganizationType } from '../../src/modules/organizations/models/organization.model.js';
import { describeEachEngine } from './engines.js';
import { organizationInput, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

const ask = (o: Partial<EndorsementAskInput>) => plainToInstance(EndorsementAskInput, o);
const move = (o: Partial<MoveEndorsementAskInput>) => plainToInstance(MoveEndorsementAskInput, o);

describeEachEngine('endorsement asks, the pipeline and candidate endorsements', (store) => {
  let s: Services;
  beforeAll(() => {
    s = services(store());
  });

  async function setUp() {
    const [r1, r2] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const issue = await s.issues.create(leader, { name: 'Restore counselor funding', scope: IssueScope.SPECIFIC_ISSUE, regionId: r1 });
    const campaign = await s.campaigns.create(leader, plainToInstance(CampaignInput, { name: 'Fund our schools', regionId: r1, issueId: issue.id }));
    const union = await s.organizations.create(leader, organizationInput(r1, { name: 'Westside Tenants Union' }));
    return { r1, r2, leader, issue, campaign, union };
  }

  it('moves an ask along the pipeline, keeps each status change, and refuses an endorsement until the issue is prioritized', async () => {
    const { r1, leader, issue, campaign, union } = await setUp();
    const connector = viewer(Role.CONNECTOR, [r1]);
    const maria = await s.people.create(leader, personInput(r1, { name: 'Maria Connector' }));
    const created = await s.endorsements.create(connector, ask({ organizationId: union.id, campaignId: campaign.id, askerId: maria.id, nextStep: 'Call their chair' }));
    expect(created).toMatchObject({ status: 'TO_ASK', askedOn: null, nextStep: 'Call their chair', row: { askerId: maria.id, organizationId: union.id, campaignId: campaign.id } });

    const asked = await s.endorsements.move(connector, move({ id: created.id, version: created.version, status: EndorsementStatus.ASKED, nextStep: 'They vote at the March board meeting' }));
    expect(asked.askedOn).toBe(new Date().toISOString().slice(0, 10));
    const considering = await s.endorsements.move(connector, move({ id: created.id, version: asked.version, status: EndorsementStatus.CONSIDERING }));
    expect(considering.nextStep).toBe('They vote at the March board meeting');

    // Seed 000: no endorsement on an issue not vetted by an Issue Assembly; nothing changes.
    await expect(s.endorsements.move(connector, move({ id: created.id, version: considering.version, status: EndorsementStatus.ENDORSED })))
      .rejects.toMatchObject({ code: 'FAILED_PRECONDITION', message: expect.stringContaining('has not been prioritized by an Issue Assembly'), extra: { missing: ['ISSUE_PRIORITIZED'] } });
    let board = await s.endorsements.board(connector, campaign.id);
    expect(board.canRecordEndorsements).toBe(false);
    expect(board.columns.map((c) => [c.status, c.asks.length])).toEqual([['TO_ASK', 0], ['ASKED', 0], ['CONSIDERING', 1], ['ENDORSED', 0], ['DECLINED', 0]]);

    const assembly = await s.issues.createAssembly(leader, { name: 'Spring Issue Assembly', date: '2025-03-01', regionId: r1 });
    await s.issues.decide(leader, { assemblyId: assembly.id, issueId: issue.id, outcome: AssemblyOutcome.PRIORITIZED });
    const endorsed = await s.endorsements.move(connector, move({ id: created.id, version: considering.version, status: EndorsementStatus.ENDORSED }));
    expect(endorsed.decidedOn).toBe(new Date().toISOString().slice(0, 10));
    board = await s.endorsements.board(connector, campaign.id);
    expect(board.canRecordEndorsements).toBe(true);
    expect(board.columns.find((c) => c.status === 'ENDORSED')!.asks.map((a) => a.id)).toEqual([created.id]);

    // A stale move is refused.
    await expect(s.endorsements.move(connector, move({ id: created.id, version: considering.version, status: EndorsementStatus.DECLINED }))).rejects.toMatchObject({ code: 'CONFLICT' });

    const history = await s.history.of('EndorsementAsk', created.id);
    expect(history.map((h) => h.summary)).toEqual([
      'Westside Tenants Union: considering → endorsed',
      'Westside Tenants Union: asked → considering',
      'Westside Tenants Union: to ask → asked',
      'Westside Tenants Union: endorsement of “Fund our schools” — to ask',
    ]);
    expect((await s.history.of('Organization', union.id))[0].summary).toBe('Westside Tenants Union: considering → endorsed');
    expect((await s.endorsements.ofOrganization(connector, union.id)).map((a) => a.status)).toEqual(['ENDORSED']);
  });

  it('rejects bad asks with the field named, and keeps asks inside the viewer’s regions', async () => {
    const { r2, leader, campaign, union } = await setUp();
    await expect(s.endorsements.create(leader, ask({ organizationId: union.id }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'campaignId' }] });
    const other = viewer(Role.LEADER, [r2]);
    const foreign = await s.organizations.create(other, organizationInput(r2));
    await expect(s.endorsements.create(leader, ask({ organizationId: foreign.id, campaignId: campaign.id }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'organizationId' }] });
    const a = await s.endorsements.create(leader, ask({ organizationId: union.id, campaignId: campaign.id }));
    await expect(s.endorsements.create(leader, ask({ organizationId: union.id, campaignId: campaign.id }))).rejects.toMatchObject({ fields: [{ field: 'organizationId', message: expect.stringContaining('already has an ask') }] });
    await expect(s.endorsements.get(other, a.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(s.endorsements.board(other, campaign.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('surfaces the candidate most affiliate groups in the area endorse, and flags a group endorsing the opponent', async () => {
    const [r1] = await twoRegions(s);
    const leader = viewer(Role.LEADER, [r1]);
    const group = (name: string, zip: string) => s.organizations.create(leader, organizationInput(r1, { name, zip, type: OrganizationType.AFFILIATE_GROUP }));
    // Four groups in Chicago, one in Springfield (outside a 15-mile area around 60614).
    const [g1, g2, g3, g4] = await Promise.all([group('Lincoln Park OR', '60614'), group('Logan Square OR', '60647'), group('Pilsen OR', '60608'), group('Uptown OR', '60640')]);
    const far = await group('Springfield OR', '62701');
    await expect(s.endorsements.saveRace(leader, plainToInstance(RaceInput, { name: 'Nowhere', regionId: r1, zip: '00000' }))).rejects.toMatchObject({ fields: [{ field: 'zip' }] });
    const race = await s.endorsements.saveRace(leader, plainToInstance(RaceInput, { name: 'State Senate District 6', regionId: r1, zip: '60614', areaMiles: 15, electionDate: '2026-11-03' }));
    const ana = await s.endorsements.addCandidate(leader, { raceId: race.id, name: 'Ana Alvarez', party: 'Democratic' });
    const bo = await s.endorsements.addCandidate(leader, { raceId: race.id, name: 'Bo Brown', party: null });
    const endorse = (organizationId: string, candidateId: string) => s.endorsements.create(leader, ask({ organizationId, candidateId, status: EndorsementStatus.ENDORSED }));

    await endorse(g1.id, ana.id);
    await endorse(g2.id, ana.id);
    await endorse(far.id, ana.id);
    let result = await s.endorsements.endorsements(leader, race);
    expect(result.groupsInArea).toBe(4);
    expect(result.majority).toBeNull(); // 2 of 4 is not a majority; Springfield is outside the area
    expect(result.tallies.map((t) => [t.candidate.name, t.groupCount])).toEqual([['Ana Alvarez', 2], ['Bo Brown', 0]]);

    await endorse(g3.id, ana.id);
    await endorse(g4.id, bo.id);
    result = await s.endorsements.endorsements(leader, race);
    expect(result.majority?.name).toBe('Ana Alvarez');
    expect(result.tallies[0].groups.map((g) => g.name).sort()).toEqual(['Lincoln Park OR', 'Logan Square OR', 'Pilsen OR']);
    expect(result.counterEndorsements.map((c) => [c.organization.name, c.endorsed.name, c.against.name])).toEqual([['Uptown OR', 'Bo Brown', 'Ana Alvarez']]);
  });
});
