import { useDemo, type Demo } from '../support/demo.js';

/** Writes that answer with what the page shows: the parent record as it is after the change, over HTTP. */
describe('API: a write answers with the record its page shows', () => {
  const demo = useDemo();
  let as: Demo['as'];
  beforeAll(() => ({ as } = demo));

  it('assigning and ending a campaign role answers with the campaign’s role board after the change', async () => {
    const BOARD = `campaign { id roleBoard { slots { role holders { id person { id } } } } roles { id active } }`;
    const { assignRole } = await as.leader.ok(
      `mutation($i: AssignRoleInput!) { assignRole(input: $i) { id ${BOARD} } }`,
      { i: { campaignId: 'demo-campaign-0-counselors', personId: 'demo-person-0-42', role: 'GATHERER', startDate: '2019-06-01' } },
    );
    expect(assignRole.campaign.id).toBe('demo-campaign-0-counselors');
    const gatherers = assignRole.campaign.roleBoard.slots.find((s: { role: string }) => s.role === 'GATHERER').holders;
    expect(gatherers).toContainEqual({ id: assignRole.id, person: { id: 'demo-person-0-42' } });

    const { endRole } = await as.leader.ok(`mutation($id: ID!) { endRole(id: $id, endDate: "2020-01-01") { id ${BOARD} } }`, { id: assignRole.id });
    const after = endRole.campaign.roleBoard.slots.find((s: { role: string }) => s.role === 'GATHERER').holders;
    expect(after.map((h: { id: string }) => h.id)).not.toContain(assignRole.id);
    expect(endRole.campaign.roles).toContainEqual({ id: assignRole.id, active: false });
  });

  it('assessing a person answers with the person’s level on each theme after it', async () => {
    const { assessLeadership } = await as.leader.ok(
      `mutation($i: AssessmentInput!) { assessLeadership(input: $i) { id person { id leadership { theme level } assessments { id } } } }`,
      { i: { personId: 'demo-person-0-43', theme: 'STRATEGIC_PLANNING', level: 3 } },
    );
    expect(assessLeadership.person.id).toBe('demo-person-0-43');
    expect(assessLeadership.person.leadership).toContainEqual({ theme: 'STRATEGIC_PLANNING', level: 3 });
    expect(assessLeadership.person.assessments.map((a: { id: string }) => a.id)).toContain(assessLeadership.id);
  });
});
