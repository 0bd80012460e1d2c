import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsArray, IsEnum, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { cleanList, DATE_PATTERN, trimOrNull } from '../../common/input.js';

export enum MapScopeKind {
  CAMPAIGN = 'CAMPAIGN',
  TEAM = 'TEAM',
  REGION = 'REGION',
  NEIGHBOURHOOD = 'NEIGHBOURHOOD',
  MY_REGIONS = 'MY_REGIONS',
}
registerEnumType(MapScopeKind, {
  name: 'MapScopeKind',
  description: "A campaign's coalition, a team, a region, a person's or organization's k-hop neighbourhood, or every region the viewer works in (the whole coalition for staff and admins; no id).",
});

export enum MapNodeKindEnum {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  CAMPAIGN = 'CAMPAIGN',
  TEAM = 'TEAM',
}
registerEnumType(MapNodeKindEnum, { name: 'MapNodeKind', description: 'People and organizations; the campaign or team of the map itself.' });

export enum MapEdgeKindEnum {
  KNOWS = 'KNOWS',
  MEMBER_OF = 'MEMBER_OF',
  WORKS_AT = 'WORKS_AT',
  LEADS = 'LEADS',
  TEAM_MEMBER = 'TEAM_MEMBER',
  ROLE = 'ROLE',
  PARTNER = 'PARTNER',
  ENDORSEMENT = 'ENDORSEMENT',
}
registerEnumType(MapEdgeKindEnum, {
  name: 'MapEdgeKind',
  description: 'A tie (KNOWS), an affiliation with an organization, membership of the team, a role, a partnership in the campaign, an endorsement ask.',
});

export enum MapChangeEnum {
  SAME = 'SAME',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}
registerEnumType(MapChangeEnum, { name: 'MapChange', description: 'With compareTo: a link that exists on both dates, only on asOf (added), or only on compareTo (removed).' });

const DATE_MESSAGE = 'Enter a date as YYYY-MM-DD, like 2024-03-15.';

@InputType({ description: 'Which map: the kind and its record, and how many links out from it.' })
export class MapScopeInput {
  @Field(() => MapScopeKind) @IsEnum(MapScopeKind, { message: 'Choose a campaign, team, region or neighbourhood.' }) kind: MapScopeKind;

  @Field(() => ID, { description: 'The campaign, team, region, or the person or organization at the centre of a neighbourhood (ignored for MY_REGIONS).' })
  @ValidateIf((o: MapScopeInput) => o.kind !== MapScopeKind.MY_REGIONS)
  @IsString() @IsNotEmpty({ message: 'Choose the campaign, team, region or person.' })
  id: string;

  @Field(() => Int, { nullable: true, description: 'Links out from the scope’s own records (0 to 3). Defaults: campaign 1, team 1, region and my regions 0, neighbourhood 2.' })
  @IsOptional() @IsInt({ message: 'Hops is a whole number from 0 to 3.' }) @Min(0, { message: 'Hops is from 0 to 3.' }) @Max(3, { message: 'Hops is from 0 to 3.' })
  hops?: number | null;
}

@InputType({ description: 'Narrow what the map returns (measures and positions stay those of the whole map). Each list: any of; empty: all.' })
export class MapFiltersInput {
  @Field(() => [MapNodeKindEnum], { nullable: true }) @IsOptional() @IsArray() @IsEnum(MapNodeKindEnum, { each: true, message: 'Unknown record kind.' }) nodeKinds?: MapNodeKindEnum[] | null;
  @Field(() => [MapEdgeKindEnum], { nullable: true }) @IsOptional() @IsArray() @IsEnum(MapEdgeKindEnum, { each: true, message: 'Unknown link kind.' }) edgeKinds?: MapEdgeKindEnum[] | null;
  @Field(() => [String], { nullable: true, description: 'People holding one of these roles (on the map’s date).' })
  @Transform(cleanList) @IsOptional() @IsArray() @IsString({ each: true })
  roles?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'People with one of these tags, organizations with one of these issue areas.' })
  @Transform(cleanList) @IsOptional() @IsArray() @IsString({ each: true })
  tags?: string[] | null;
  @Field(() => [ID], { nullable: true }) @Transform(cleanList) @IsOptional() @IsArray() @IsString({ each: true }) regionIds?: string[] | null;
  @Field(() => Float, { nullable: true, description: 'Ties (KNOWS) at least this strong (1 to 5); other links stay.' })
  @IsOptional() @IsNumber({}, { message: 'Minimum strength is a number from 1 to 5.' }) @Min(1, { message: 'Minimum strength is from 1 to 5.' }) @Max(5, { message: 'Minimum strength is from 1 to 5.' })
  minStrength?: number | null;
}

@ArgsType()
export class NetworkMapArgs {
  @Field(() => MapScopeInput) @ValidateNested() @Type(() => MapScopeInput) scope: MapScopeInput;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the map as of this date (ties that began on or before it and had not ended). Default: today.' })
  @Transform(trimOrNull) @IsOptional() @Matches(DATE_PATTERN, { message: DATE_MESSAGE })
  asOf?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: flag the links added and removed between this date and asOf.' })
  @Transform(trimOrNull) @IsOptional() @Matches(DATE_PATTERN, { message: DATE_MESSAGE })
  compareTo?: string | null;

  @Field(() => MapFiltersInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => MapFiltersInput) filters?: MapFiltersInput | null;
}

@ObjectType({ description: 'A person, organization, or the map’s campaign or team. Records outside the viewer’s regions are shown without id or personal data.' })
export class MapNode {
  @Field(() => Int, { description: 'Its place in `nodes`: what edges refer to.' }) index: number;
  @Field(() => ID, { nullable: true, description: 'Null when outside the viewer’s regions.' }) id: string | null;
  @Field(() => MapNodeKindEnum) kind: MapNodeKindEnum;
  @Field({ description: 'The name, or “Someone in <region>” / “An organization in <region>”.' }) label: string;
  @Field() hidden: boolean;
  @Field(() => ID, { nullable: true }) regionId: string | null;
  @Field(() => String, { nullable: true }) regionName: string | null;
  @Field(() => [String], { description: 'People: their kinds; organizations: their type.' }) types: string[];
  @Field(() => [String], { description: 'People: tags; organizations: issue areas.' }) tags: string[];
  @Field(() => [String], { description: 'Roles held on the map’s date.' }) roles: string[];
  @Field(() => Int, { description: 'Louvain cluster (same map, same numbers).' }) cluster: number;
  @Field(() => Float) x: number;
  @Field(() => Float) y: number;
  @Field(() => Int, { description: 'Distinct neighbours on the map’s date.' }) degree: number;
  @Field(() => Float) pagerank: number;
  @Field(() => Float, { nullable: true, description: 'Normalized (0 to 1); null on maps too large to compute it (see betweennessComputed).' }) betweenness: number | null;
}

@ObjectType()
export class MapEdge {
  @Field(() => Int, { description: 'Index of one end in `nodes`.' }) source: number;
  @Field(() => Int) target: number;
  @Field(() => MapEdgeKindEnum) kind: MapEdgeKindEnum;
  @Field(() => Float, { nullable: true, description: 'Ties: 1 to 5 today.' }) strength: number | null;
  @Field(() => String, { nullable: true }) since: string | null;
  @Field(() => String, { nullable: true }) until: string | null;
  @Field(() => String, { nullable: true, description: 'A role’s name, an endorsement’s status, an affiliation’s title.' }) detail: string | null;
  @Field(() => MapChangeEnum) change: MapChangeEnum;
}

@ObjectType({ description: 'A network map: records, links, measures and positions (laid out on the server).' })
export class NetworkMap {
  @Field(() => MapScopeKind) scopeKind: MapScopeKind;
  @Field() scopeName: string;
  @Field(() => Int) hops: number;
  @Field() asOf: string;
  @Field(() => String, { nullable: true }) compareTo: string | null;
  @Field({ description: 'The walk stopped at the size limit: the map is not complete.' }) truncated: boolean;
  @Field({ description: 'Betweenness computed (maps up to 1,000 records).' }) betweennessComputed: boolean;
  @Field(() => Int, { description: 'Records on the whole map (before filters).' }) totalNodes: number;
  @Field(() => Int) totalEdges: number;
  @Field(() => [MapNode]) nodes: MapNode[];
  @Field(() => [MapEdge]) edges: MapEdge[];
}
