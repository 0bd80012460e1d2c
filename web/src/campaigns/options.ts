// Labels for the organizing enums of schema/schema.graphql (campaigns, roles, teams, issues, endorsements, events).

import { t } from '../i18n/intl';
import { getRequestLocale } from '../i18n/locale';

export type CampaignStatus = 'PROPOSED' | 'APPROVED' | 'MOBILIZING' | 'WON' | 'LOST' | 'CLOSED';
export type RoleKind = 'CONNECTOR' | 'GATHERER' | 'FACILITATOR' | 'LOGISTICS_COORDINATOR' | 'CO_CHAIR' | 'POINT_OF_CONTACT';
export type TeamKind = 'REGIONAL_STRATEGY_TEAM' | 'ISSUE_ACTION_TEAM' | 'AFFILIATE_GROUP';
export type IssueScope = 'BROAD_AREA' | 'SPECIFIC_ISSUE';
export type AssemblyOutcome = 'PRIORITIZED' | 'NOT_PRIORITIZED';
export type EndorsementStatus = 'TO_ASK' | 'ASKED' | 'CONSIDERING' | 'ENDORSED' | 'DECLINED';
export type RsvpStatus = 'YES' | 'MAYBE' | 'NO' | 'INVITED';

type Options<T extends string> = ReadonlyArray<{ value: T; label: string }>;

export const CAMPAIGN_STATUSES: Options<CampaignStatus> = [
  {
    value: 'PROPOSED',
    get label() {
      return t('campaigns.proposed');
    },
  },
  {
    value: 'APPROVED',
    get label() {
      return t('campaigns.approvedByTheRst');
    },
  },
  {
    value: 'MOBILIZING',
    get label() {
      return t('campaigns.mobilizing');
    },
  },
  {
    value: 'WON',
    get label() {
      return t('campaigns.won');
    },
  },
  {
    value: 'LOST',
    get label() {
      return t('campaigns.lost');
    },
  },
  {
    value: 'CLOSED',
    get label() {
      return t('campaigns.closed');
    },
  },
];

/** Connector, gatherer, facilitator, logistics coordinator (seed 003). */
export const CAMPAIGN_ROLES: Options<RoleKind> = [
  {
    value: 'CONNECTOR',
    get label() {
      return t('role.connector');
    },
  },
  {
    value: 'GATHERER',
    get label() {
      return t('campaigns.gatherer');
    },
  },
  {
    value: 'FACILITATOR',
    get label() {
      return t('campaigns.facilitator');
    },
  },
  {
    value: 'LOGISTICS_COORDINATOR',
    get label() {
      return t('campaigns.logisticsCoordinator');
    },
  },
];

/** What each campaign role does (seed 003), shown on the role board. */
export const ROLE_DUTY: Partial<Record<RoleKind, string>> = {
  get CONNECTOR() {
    return t('campaigns.duty.connector');
  },
  get GATHERER() {
    return t('campaigns.duty.gatherer');
  },
  get FACILITATOR() {
    return t('campaigns.duty.facilitator');
  },
  get LOGISTICS_COORDINATOR() {
    return t('campaigns.duty.logistics');
  },
  get CO_CHAIR() {
    return t('campaigns.duty.coChair');
  },
};

/** Roles held on a team: co-chairs first (seed 001). */
export const TEAM_ROLES: Options<RoleKind> = [
  {
    value: 'CO_CHAIR',
    get label() {
      return t('campaigns.coChair');
    },
  },
  ...CAMPAIGN_ROLES,
];

export const ROLE_KINDS: Options<RoleKind> = [
  ...TEAM_ROLES,
  {
    value: 'POINT_OF_CONTACT',
    get label() {
      return t('campaigns.pointOfContact');
    },
  },
];

export const TEAM_KINDS: Options<TeamKind> = [
  {
    value: 'REGIONAL_STRATEGY_TEAM',
    get label() {
      return t('campaigns.regionalStrategyTeam');
    },
  },
  {
    value: 'ISSUE_ACTION_TEAM',
    get label() {
      return t('campaigns.issueActionTeam');
    },
  },
  {
    value: 'AFFILIATE_GROUP',
    get label() {
      return t('orgType.affiliateGroup');
    },
  },
];

export const ISSUE_SCOPES: Options<IssueScope> = [
  {
    value: 'BROAD_AREA',
    get label() {
      return t('campaigns.broadProblemArea');
    },
  },
  {
    value: 'SPECIFIC_ISSUE',
    get label() {
      return t('campaigns.specificIssue');
    },
  },
];

export const ASSEMBLY_OUTCOMES: Options<AssemblyOutcome> = [
  {
    value: 'PRIORITIZED',
    get label() {
      return t('campaigns.prioritized');
    },
  },
  {
    value: 'NOT_PRIORITIZED',
    get label() {
      return t('campaigns.notPrioritized');
    },
  },
];

export const ENDORSEMENT_STATUSES: Options<EndorsementStatus> = [
  {
    value: 'TO_ASK',
    get label() {
      return t('campaigns.toAsk');
    },
  },
  {
    value: 'ASKED',
    get label() {
      return t('campaigns.asked');
    },
  },
  {
    value: 'CONSIDERING',
    get label() {
      return t('campaigns.considering');
    },
  },
  {
    value: 'ENDORSED',
    get label() {
      return t('campaigns.endorsed');
    },
  },
  {
    value: 'DECLINED',
    get label() {
      return t('campaigns.declined');
    },
  },
];

export const RSVP_STATUSES: Options<RsvpStatus> = [
  {
    value: 'YES',
    get label() {
      return t('campaigns.yes');
    },
  },
  {
    value: 'MAYBE',
    get label() {
      return t('campaigns.maybe');
    },
  },
  {
    value: 'NO',
    get label() {
      return t('campaigns.no');
    },
  },
  {
    value: 'INVITED',
    get label() {
      return t('campaigns.invited');
    },
  },
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
  return new Date(Number(m[1]), Number(m[2]) - 1, 15).toLocaleDateString(getRequestLocale(), { year: 'numeric', month: 'short' });
}

/** A status badge's modifier class: green for good news, amber for waiting, grey for done. */
export function statusTone(status: CampaignStatus): string {
  if (status === 'MOBILIZING' || status === 'WON') return 'badge-status badge-go';
  if (status === 'PROPOSED' || status === 'APPROVED') return 'badge-status badge-wait';
  return 'badge-status badge-soft';
}
