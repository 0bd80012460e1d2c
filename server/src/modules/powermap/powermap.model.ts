import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { inReadersLanguage } from '../../i18n/said.js';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { trimOrNull } from '../../common/input.js';
import { Campaign } from '../campaigns/campaign.model.js';
import { EndorsementStatus } from '../endorsements/endorsement.model.js';
import { ReachNode, ReachPath } from '../reach/reach.model.js';

export const STANCE_MIN = -2;
export const STANCE_MAX = 2;
export const INFLUENCE_MIN = 1;
export const INFLUENCE_MAX = 5;
/** Influence at or above this is the grid's upper half. */
export const HIGH_INFLUENCE = 3;

export enum StanceSource {
  PLACED = 'PLACED',
  ENDORSED = 'ENDORSED',
  DECLINED = 'DECLINED',
  PARTNER = 'PARTNER',
  THEIR_ORGANIZATIONS = 'THEIR_ORGANIZATIONS',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(StanceSource, {
  name: 'StanceSource',
  description: 'Where a stance comes from: placed by hand on this campaign; the organization endorsed or declined the campaign’s ask; it is a partner in the campaign; the organizations the person belongs to endorsed or declined; or not known.',
});

export enum InfluenceSource {
  PLACED = 'PLACED',
  RECORDED = 'RECORDED',
  TIES = 'TIES',
}
registerEnumType(InfluenceSource, {
  name: 'InfluenceSource',
  description: 'Where an influence comes from: placed by hand on this campaign; the recorded "influences" link to the target; or derived from their ties to the target (see influenceWhy).',
});

@ObjectType({ description: 'The campaign’s open endorsement ask to an organization.' })
export class PowerMapAsk {
  @Field(() => ID) id: string;
  @Field(() => EndorsementStatus) status: EndorsementStatus;
  @Field(() => String, { nullable: true }) nextStep: string | null;
  @Field(() => String, { nullable: true, description: 'Who makes the ask; "Someone in <region>" outside your regions.' }) askerName: string | null;
}

@ObjectType({ description: 'A person or organization on a power map. Outside your regions: no id, no name, no details, like reach.' })
export class PowerMapRecord {
  @Field(() => ReachNode) record: ReachNode;
  @Field(() => Int, { description: '-2 against us, -1 leans against, 0 undecided or unknown, 1 leans with us, 2 with us.' }) stance: number;
  @Field(() => StanceSource) stanceSource: StanceSource;
  @Field({ description: 'Why this stance, in words.', middleware: [inReadersLanguage] }) stanceWhy: string;
  @Field(() => Int, { description: 'Influence over the target, 1 (little) to 5 (decisive).' }) influence: number;
  @Field(() => InfluenceSource) influenceSource: InfluenceSource;
  @Field({ description: 'Why this influence, in words.', middleware: [inReadersLanguage] }) influenceWhy: string;
  @Field({ description: 'Stance or influence was set by hand on this campaign.' }) placed: boolean;
  @Field(() => Int, { nullable: true, description: 'The recorded "influences" link’s strength, if any.' }) recordedInfluence: number | null;
  @Field(() => String, { nullable: true, description: 'The recorded "influences" link’s note (null when hidden).' }) influenceNote: string | null;
  @Field(() => ReachPath, { nullable: true, description: 'Our warmest path to them from the members of the campaign’s region (the reach search).' }) warmestPath: ReachPath | null;
  @Field(() => PowerMapAsk, { nullable: true, description: 'Organizations: the campaign’s endorsement ask still open (to ask, asked, considering).' }) openAsk: PowerMapAsk | null;
  @Field(() => [String], { description: 'Who is assigned: the campaign’s connectors for an organization; a person’s assigned connectors.' }) assigned: string[];
}

@ObjectType({ description: 'A campaign’s power map: its target at the centre; who is tied to the target or recorded as influencing them, the campaign’s partners and the organizations asked to endorse it, placed by stance and influence.' })
export class PowerMap {
  @Field(() => Campaign) campaign: Campaign;
  @Field(() => ReachNode, { nullable: true, description: 'The campaign’s target; null when the campaign has none yet.' }) target: ReachNode | null;
  @Field(() => [PowerMapRecord], { description: 'Highest influence first.' }) records: PowerMapRecord[];
  @Field(() => Int, { description: 'Records left off the map beyond the first 100 by influence.' }) leftOff: number;
  @Field({ description: 'Leaders, staff and admins move records and record influence.' }) canEdit: boolean;
}

@ObjectType({ description: 'A recorded "influences" link: a person or organization influences a person.' })
export class Influence {
  @Field(() => ID) fromId: string;
  @Field(() => ID) personId: string;
  @Field(() => Int) strength: number;
  @Field(() => String, { nullable: true }) note: string | null;
}

@ObjectType({ description: 'The answer to removing an influence: which one, and the campaign’s power map after the change when a campaign was named.' })
export class InfluenceRemovalPayload {
  @Field(() => ID) fromId: string;
  @Field(() => ID) personId: string;
  @Field(() => PowerMap, { nullable: true, description: 'The power map of the campaign named in the mutation, as it is after the change.' }) powerMap: PowerMap | null;
}

@InputType()
export class InfluenceInput {
  @Field(() => ID, { description: 'The person or organization who influences.' }) @IsString() @IsNotEmpty({ message: 'Choose who influences.' }) fromId: string;
  @Field(() => ID, { description: 'The person influenced (e.g. a campaign’s target).' }) @IsString() @IsNotEmpty({ message: 'Choose the person influenced.' }) personId: string;
  @Field(() => Int, { description: '1 (a little) to 5 (decisive).' })
  @IsInt({ message: 'Give the strength as a whole number from 1 to 5.' }) @Min(1, { message: 'The strength is 1 to 5.' }) @Max(5, { message: 'The strength is 1 to 5.' })
  strength: number;
  @Field(() => String, { nullable: true, description: 'How they influence them, e.g. "chief of staff", "largest donor".' })
  @Transform(trimOrNull) @IsOptional() @IsString() @MaxLength(1000, { message: 'The note can be at most 1,000 characters.' })
  note?: string | null;
}
