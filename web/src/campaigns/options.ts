// Labels for the organizing enums of schema/schema.graphql (campaigns, roles, teams, issues, endorsements, events).

export type CampaignStatus = 'PROPOSED' | 'APPROVED' | 'MOBILIZING' | 'WON' | 'LOST' | 'CLOSED';
export type RoleKind = 'CONNECTOR' | 'GATHERER' | 'FACILITATOR' | 'LOGISTICS_COORDINATOR' | 'CO_CHAIR' | 'POINT_OF_CONTACT';
export type TeamKind = 'REGIONAL_STRATEGY_TEAM' | 'ISSUE_ACTION_TEAM' | 'AFFILIATE_GROUP';
export type IssueScope = 'BROAD_AREA' | 'SPECIFIC_ISSUE';
export type AssemblyOutcome = 'PRIORITIZED' | 'NOT_PRIORITIZED';
export type EndorsementStatus = 'TO_ASK' | 'ASKED' | 'CONSIDERING' | 'ENDORSED' | 'DECLINED';
export type RsvpStatus = 'YES' | 'MAYBE' | 'NO' | 'INVITED';

type Options<T extends string> = ReadonlyArray<{ value: T; label: string }>;

export const CAMPAIGN_STATUSES: Options<CampaignStatus> = [
  { value: 'PROPOSED', label: 'Proposed' },
  { value: 'APPROVED', label: 'Approved by the RST' },
  { value: 'MOBILIZING', label: 'Mobilizing' },
  { value: 'WON', label: 'Won' },
  { value: 'LOST', label: 'Lost' },
  { value: 'CLOSED', label: 'Closed' },
];

/** Connector, gatherer, facilitator, logistics coordinator (seed 003). */
export const CAMPAIGN_ROLES: Options<RoleKind> = [
  { value: 'CONNECTOR', label: 'Connector' },
  { value: 'GATHERER', label: 'Gatherer' },
  { value: 'FACILITATOR', label: 'Facilitator' },
  { value: 'LOGISTICS_COORDINATOR', label: 'Logistics coordinator' },
];

/** What each campaign role does (seed 003), shown on the role board. */
export const ROLE_DUTY: Partial<Record<RoleKind, string>> = {
  CONNECTOR: 'Outreach and relationships with partner organizations; makes endorsement asks.',
  GATHERER: 'Turnout: gets people to show up at events and actions.',
  FACILITATOR: 'Holds and leads meetings in an engaging, participatory way.',
  LOGISTICS_COORDINATOR: 'Makes sure everything is in place: materials, plans, lists.',
  CO_CHAIR: 'Leads the team with the other co-chairs.',
};

/** Roles held on a team: co-chairs first (seed 001). */
export const TEAM_ROLES: Options<RoleKind> = [{ value: 'CO_CHAIR', label: 'Co-chair' }, ...CAMPAIGN_ROLES];

export const ROLE_KINDS: Options<RoleKind> = [...TEAM_ROLES, { value: 'POINT_OF_CONTACT', label: 'Point of contact' }];

export const TEAM_KINDS: Options<TeamKind> = [
  { value: 'REGIONAL_STRATEGY_TEAM', label: 'Regional strategy team' },
  { value: 'ISSUE_ACTION_TEAM', label: 'Issue action team' },
  { value: 'AFFILIATE_GROUP', label: 'Affiliate group' },
];

export const ISSUE_SCOPES: Options<IssueScope> = [
  { value: 'BROAD_AREA', label: 'Broad problem area' },
  { value: 'SPECIFIC_ISSUE', label: 'Specific issue' },
];

export const ASSEMBLY_OUTCOMES: Options<AssemblyOutcome> = [
  { value: 'PRIORITIZED', label: 'Prioritized' },
  { value: 'NOT_PRIORITIZED', label: 'Not prioritized' },
];

export const ENDORSEMENT_STATUSES: Options<EndorsementStatus> = [
  { value: 'TO_ASK', label: 'To ask' },
  { value: 'ASKED', label: 'Asked' },
  { value: 'CONSIDERING', label: 'Considering' },
  { value: 'ENDORSED', label: 'Endorsed' },
  { value: 'DECLINED', label: 'Declined' },
];

export const RSVP_STATUSES: Options<RsvpStatus> = [
  { value: 'YES', label: 'Yes' },
  { value: 'MAYBE', label: 'Maybe' },
  { value: 'NO', label: 'No' },
  { value: 'INVITED', label: 'Invited' },
];

/** Today in the viewer's time zone, YYYY-MM-DD. */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "2025-03" → "Mar 2025". */
export function formatMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return new Date(Number(m[1]), Number(m[2]) - 1, 15).toLocaleDateString('en-US', { year: 'numeric', month: 'short' });
}

/** A status badge's modifier class: green for good news, amber for waiting, grey for done. */
export function statusTone(status: CampaignStatus): string {
  if (status === 'MOBILIZING' || status === 'WON') return 'badge-status badge-go';
  if (status === 'PROPOSED' || status === 'APPROVED') return 'badge-status badge-wait';
  return 'badge-status badge-soft';
}
