import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { inReadersLanguage } from '../../i18n/said.js';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { trimOrNull } from '../../common/input.js';
import { Campaign } from '../campaigns/campaign.model.js';
import { Organization } from '../organizations/models/organization.model.js';
import { Person } from '../people/models/person.model.js';
import { RoleKind, RoleSlot } from '../roles/role.model.js';
import { LeaderSignal } from './leader-score.js';
import { BridgingMeasure } from './network-scoring.js';

registerEnumType(LeaderSignal, { name: 'LeaderSignal', description: 'One kind of evidence that counts towards an emerging-leader score (weights in the README).' });

@ObjectType({ description: 'One part of a score: how many, in the window and the one before, and the points it gives.' })
export class LeaderScorePart {
  @Field(() => LeaderSignal) signal: LeaderSignal;
  @Field({ description: 'In words, e.g. "one-to-ones held".', middleware: [inReadersLanguage] }) label: string;
  @Field(() => Int, { description: 'Points for each one.' }) weight: number;
  @Field(() => Int, { description: 'How many in the window.' }) count: number;
  @Field(() => Int, { description: 'How many in the window before.' }) previousCount: number;
  @Field(() => Int, { description: 'weight × count.' }) points: number;
}

registerEnumType(BridgingMeasure, { name: 'BridgingMeasure', description: 'What a bridging figure counts: other network communities (Louvain, as found today) or other regions a person’s ties reach.' });

@ObjectType({
  description:
    'How far a person’s ties reach beyond their own community or region, at the window’s end and at its start (ties dated before the window, or with no date). Shown beside the score, not added to it.',
})
export class LeaderBridgingPart {
  @Field(() => BridgingMeasure) measure: BridgingMeasure;
  @Field({ description: 'In words, e.g. "other communities reached".', middleware: [inReadersLanguage] }) label: string;
  @Field(() => Int, { description: 'How many their ties reach at the window’s end.' }) count: number;
  @Field(() => Int, { description: 'How many their ties reached at the window’s start.' }) previousCount: number;
  @Field(() => Int, { description: 'count − previousCount: how much their bridging grew in the window.' }) growth: number;
}

@ObjectType()
export class EmergingLeader {
  @Field(() => Int) rank: number;
  @Field(() => Person) person: Person;
  @Field(() => Int, { description: 'Points in the window: the sum of the parts.' }) score: number;
  @Field(() => Int, { description: 'Points in the window before.' }) previousScore: number;
  @Field(() => Int, { description: 'score − previousScore: what the list is ranked by.' }) rise: number;
  @Field({ description: 'Already marked as a leader: shown, but an organizer may look past them.' }) alreadyLeader: boolean;
  @Field(() => [LeaderScorePart]) parts: LeaderScorePart[];
  @Field(() => [LeaderBridgingPart], { description: 'The structural part beside the activity: other communities and other regions their ties reach, and how that grew in the window.' })
  bridging: LeaderBridgingPart[];
}

export enum LeaderRankingSource {
  LIVE = 'LIVE',
  LAST_RUN = 'LAST_RUN',
  NOT_COMPUTED = 'NOT_COMPUTED',
}
registerEnumType(LeaderRankingSource, {
  name: 'LeaderRankingSource',
  description: 'LIVE: computed for this request (scopes of up to LEADERS_LIVE_MAX_PEOPLE people). LAST_RUN: from the last background run over the whole network. NOT_COMPUTED: no background run for this window yet.',
});

@ObjectType({ description: 'One step of a scoring run and how long it took.' })
export class LeaderScoringPhase {
  @Field() name: string;
  @Field(() => Int) ms: number;
}

@ObjectType({ description: 'A finished background run of emerging-leader scoring over the whole network.' })
export class LeaderScoringRun {
  @Field(() => Int) windowDays: number;
  @Field({ description: 'ISO time the run started.' }) startedAt: string;
  @Field({ description: 'ISO time the run finished: when the ranking was computed.' }) finishedAt: string;
  @Field(() => Int) durationMs: number;
  @Field(() => Int, { description: 'People with points in the window.' }) peopleScored: number;
  @Field(() => Int, { description: 'Louvain communities found.' }) communities: number;
  @Field({ description: 'Which Louvain found the communities: graphology (graphology-communities-louvain) or, on large networks, int arrays (the same method on the reach index arrays).' }) louvain: string;
  @Field(() => [LeaderScoringPhase]) phases: LeaderScoringPhase[];
}

@ObjectType({ description: 'The background job that scores emerging leaders over the whole network.' })
export class LeaderScoringStatus {
  @Field() running: boolean;
  @Field(() => Int, { nullable: true, description: 'The window of the run in progress.' }) windowDays: number | null;
  @Field(() => String, { nullable: true, description: 'What the run in progress is doing.' }) phase: string | null;
  @Field(() => Float, { description: '0 to 1, while running.' }) progress: number;
  @Field(() => String, { nullable: true }) startedAt: string | null;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => String, { nullable: true }) lastErrorAt: string | null;
  @Field(() => [LeaderScoringRun], { description: 'The last finished run for each window length (newest first).' }) runs: LeaderScoringRun[];
  @Field({ description: 'Whether you may start a run (admins, staff and leaders).' }) canRecompute: boolean;
}

@ArgsType()
export class RecomputeLeaderScoresArgs {
  @Field(() => Int, { defaultValue: 90, description: 'Days in the window, ending today.' })
  @IsInt() @Min(7, { message: 'Choose a window of at least 7 days.' }) @Max(730, { message: 'Choose a window of at most 730 days.' }) windowDays: number;
}

@ObjectType({ description: 'People whose organizing work rose most in a window compared with the window before.' })
export class EmergingLeaders {
  @Field(() => LeaderRankingSource) source: LeaderRankingSource;
  @Field(() => String, { nullable: true, description: 'ISO time the ranking was computed (now when LIVE); null when NOT_COMPUTED.' }) computedAt: string | null;
  @Field(() => Int) windowDays: number;
  @Field({ description: 'YYYY-MM-DD, first day of the window.' }) from: string;
  @Field({ description: 'YYYY-MM-DD, last day of the window (today).' }) to: string;
  @Field() previousFrom: string;
  @Field() previousTo: string;
  @Field(() => Int, { description: 'People with any evidence in the window, before the limit.' }) peopleScored: number;
  @Field(() => [EmergingLeader]) leaders: EmergingLeader[];
}

@ArgsType()
export class EmergingLeadersArgs {
  @Field(() => ID, { nullable: true, description: 'Only people of this region (one of the viewer’s).' })
  @Transform(trimOrNull) @IsOptional() @IsString() regionId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only members of this team.' })
  @Transform(trimOrNull) @IsOptional() @IsString() teamId?: string | null;
  @Field(() => Int, { defaultValue: 90, description: 'Days in the window, ending today; compared with the same number of days before.' })
  @IsInt() @Min(7, { message: 'Choose a window of at least 7 days.' }) @Max(730, { message: 'Choose a window of at most 730 days.' }) windowDays: number;
  @Field(() => Int, { defaultValue: 25 })
  @IsInt() @Min(1, { message: 'Ask for at least one person.' }) @Max(200, { message: 'Ask for at most 200 people.' }) limit: number;
}

@ObjectType({ description: 'A partner organization whose only tie to us is one person.' })
export class PartnerWithOneTie {
  @Field(() => Organization) organization: Organization;
  @Field(() => Person, { nullable: true, description: 'The one person; null when they are outside the viewer’s regions.' }) person: Person | null;
  @Field(() => [String], { description: 'How they are tied: member, works at, leads, point of contact, connector.', middleware: [inReadersLanguage] }) ties: string[];
}

@ObjectType({ description: 'What an active campaign is missing: roles nobody holds, roles one person holds alone, partners with no connector.' })
export class CampaignRoleGaps {
  @Field(() => Campaign) campaign: Campaign;
  @Field(() => [RoleKind]) missingRoles: RoleKind[];
  @Field(() => [RoleSlot], { description: 'Roles held by exactly one person: nobody to step in.' }) rolesWithoutBackup: RoleSlot[];
  @Field(() => [Organization]) partnersWithoutConnector: Organization[];
  @Field(() => [String], { description: 'Each gap in words.', middleware: [inReadersLanguage] }) gaps: string[];
}

@ObjectType({ description: 'A tie with no contact in N days, and why it matters.' })
export class ColdTie {
  @Field(() => Person) person: Person;
  @Field(() => Person) other: Person;
  @Field(() => Float, { description: 'Tie strength today (1 to 5), faded as in tie-strength.ts.' }) strength: number;
  @Field(() => String, { nullable: true, description: 'Last logged contact; null when none was ever logged.' }) lastContact: string | null;
  @Field(() => Int, { description: 'Days since the last contact, or since the tie started when none was logged.' }) daysSinceContact: number;
  @Field(() => Float, { description: 'strength × (1 + one point each if either person holds a role, leads a partner, or connects with a partner).' }) importance: number;
  @Field(() => [String], { middleware: [inReadersLanguage] }) reasons: string[];
}

@ObjectType()
export class NetworkBridge {
  @Field(() => Person) person: Person;
  @Field(() => Float, { nullable: true, description: 'Normalized betweenness (0 to 1); null on networks over 1,000 people.' }) betweenness: number | null;
  @Field(() => Int, { description: 'Ties into other clusters.' }) outsideTies: number;
  @Field(() => Int, { description: 'How many other clusters those ties reach.' }) otherClusters: number;
}

@ObjectType({ description: 'A community of people more tied to each other than to the rest (Louvain).' })
export class NetworkCluster {
  @Field(() => Int, { description: '1 for the largest.' }) number: number;
  @Field(() => Int) size: number;
  @Field(() => [Person], { description: 'The members with most ties (up to 5).' }) members: Person[];
  @Field(() => [NetworkBridge], { description: 'Its members with most ties into other clusters (up to 3).' }) bridges: NetworkBridge[];
}

@ObjectType({ description: 'Gaps and risks in the network, in the viewer’s regions.' })
export class NetworkGaps {
  @Field(() => Int) coldAfterDays: number;
  @Field(() => [PartnerWithOneTie]) partnersWithOneTie: PartnerWithOneTie[];
  @Field(() => [Organization], { description: 'Partner organizations nobody is tied to.' }) partnersWithNoTie: Organization[];
  @Field(() => [CampaignRoleGaps], { description: 'Active campaigns (proposed, approved, mobilizing) with a gap.' }) campaigns: CampaignRoleGaps[];
  @Field(() => [ColdTie], { description: 'The 50 that matter most.' }) coldTies: ColdTie[];
  @Field(() => Int, { description: 'All ties gone cold.' }) coldTieCount: number;
  @Field(() => [NetworkCluster], { description: 'Largest first (up to 12).' }) clusters: NetworkCluster[];
  @Field(() => [NetworkBridge], { description: 'The people who bridge clusters best (up to 10).' }) bridges: NetworkBridge[];
}

@ArgsType()
export class NetworkGapsArgs {
  @Field(() => ID, { nullable: true, description: 'Only this region (one of the viewer’s).' })
  @Transform(trimOrNull) @IsOptional() @IsString() regionId?: string | null;
  @Field(() => Int, { defaultValue: 90, description: 'A tie is cold after this many days without contact.' })
  @IsInt() @Min(7, { message: 'Choose at least 7 days.' }) @Max(3650, { message: 'Choose at most 3650 days.' }) coldAfterDays: number;
}
