// Server-shaped results for the campaign, role board, endorsement and event tests (with __typename, as the
// real server sends them to Apollo Client).

export const region = { __typename: 'Region', id: 'region-a', name: 'Great Lakes' };

const CONDITIONS: Array<[string, string, string, string]> = [
  ['ISSUE_PRIORITIZED', 'Issue prioritized by an Issue Assembly', 'Its issue was prioritized by an Issue Assembly.', 'Its issue has not been prioritized by an Issue Assembly.'],
  ['ACTION_PROPOSAL', 'Action proposal', 'It has an action proposal.', 'It has no action proposal.'],
  ['SPECIFIC_TARGET', 'A specific target', 'It names a specific target.', 'It names no specific target.'],
  ['THEORY_OF_CHANGE', 'Theory of change', 'It has a theory of change.', 'It has no theory of change.'],
  ['RST_APPROVED', 'Approved by the regional strategy team', 'The regional strategy team approved it.', 'The regional strategy team has not approved it.'],
];

/** The gate with the given condition keys missing. */
export function gate(missing: string[] = []) {
  return {
    __typename: 'MobilizationGate',
    open: missing.length === 0,
    conditions: CONDITIONS.map(([key, label, met, notMet]) => ({
      __typename: 'GateCondition',
      key,
      label,
      met: !missing.includes(key),
      detail: missing.includes(key) ? notMet : met,
    })),
  };
}

export const person = (id: string, name: string) => ({ __typename: 'Person', id, name });
export const personPick = (id: string, name: string) => ({ ...person(id, name), zip: '60623', region });
export const org = (id: string, name: string) => ({ __typename: 'Organization', id, name });

export function role(id: string, kind: string, p: { id: string; name: string }, forOrganization: unknown = null) {
  return {
    __typename: 'RoleAssignment',
    id,
    role: kind,
    active: true,
    startDate: '2025-01-15',
    endDate: null,
    person: person(p.id, p.name),
    forOrganization,
  };
}

const ROSA = { id: 'p10', name: 'Rosa Johnson' };
const VICTOR = { id: 'p20', name: 'Victor Rodriguez' };

export function roleBoard({ gatherers = [VICTOR] as Array<{ id: string; name: string }> } = {}) {
  const connector = role('r1', 'CONNECTOR', ROSA, org('o1', 'Parents United'));
  const gathererRoles = gatherers.map((g, i) => role(`r-g${i}`, 'GATHERER', g));
  const slots = [
    { role: 'CONNECTOR', holders: [connector] },
    { role: 'GATHERER', holders: gathererRoles },
    { role: 'FACILITATOR', holders: [role('r3', 'FACILITATOR', { id: 'p11', name: 'Ibrahim Lee' })] },
    { role: 'LOGISTICS_COORDINATOR', holders: [role('r4', 'LOGISTICS_COORDINATOR', { id: 'p12', name: 'Hana Okafor' })] },
  ].map((s) => ({ __typename: 'RoleSlot', ...s, hasBackup: s.holders.length >= 2 }));
  const gaps = slots.filter((s) => s.holders.length === 0).map((s) => `No ${s.role.toLowerCase()}`);
  return {
    board: {
      __typename: 'RoleBoard',
      slots,
      gaps,
      partnersWithoutConnector: [],
    },
    roles: slots.flatMap((s) => s.holders),
  };
}

export function campaign(extra: Record<string, unknown> = {}) {
  const { board, roles } = roleBoard();
  return {
    __typename: 'Campaign',
    id: 'c1',
    name: 'Counselors, not cuts',
    status: 'PROPOSED',
    version: 4,
    canEdit: true,
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-02-01T10:00:00.000Z',
    approvedAt: null,
    approvedByName: null,
    theoryOfChange: 'The board president faces re-election.',
    actionProposal: 'Pack the budget hearing.',
    region,
    issue: { __typename: 'Issue', id: 'i1', name: 'Restore counselor funding', scope: 'SPECIFIC_ISSUE', prioritized: false },
    targetPerson: { ...personPick('p0', 'Malik Nguyen') },
    targetOrganization: null,
    proposingTeam: { __typename: 'Team', id: 't1', name: 'School Funding IAT', kind: 'ISSUE_ACTION_TEAM' },
    approvingTeam: null,
    mobilizationGate: gate(['ISSUE_PRIORITIZED', 'RST_APPROVED']),
    history: [],
    partners: [{ ...org('o1', 'Parents United'), zip: '60623', region }],
    roleBoard: board,
    roles,
    ...extra,
  };
}

export function ask(id: string, status: string, orgName: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'EndorsementAsk',
    id,
    status,
    version: 2,
    nextStep: 'Present to their board',
    notes: null,
    askedOn: status === 'TO_ASK' ? null : '2026-02-01',
    decidedOn: null,
    canEdit: true,
    organization: org(`org-${id}`, orgName),
    asker: person('p10', 'Rosa Johnson'),
    history: [],
    ...extra,
  };
}

const STATUSES = ['TO_ASK', 'ASKED', 'CONSIDERING', 'ENDORSED', 'DECLINED'];

export function endorsementBoard(asks: Array<ReturnType<typeof ask>>, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'EndorsementBoard',
    campaign: { __typename: 'Campaign', id: 'c1', name: 'Counselors, not cuts' },
    canRecordEndorsements: true,
    blockedReason: null,
    columns: STATUSES.map((status) => ({ __typename: 'EndorsementColumn', status, asks: asks.filter((a) => a.status === status) })),
    partnersNotAsked: [],
    ...extra,
  };
}
