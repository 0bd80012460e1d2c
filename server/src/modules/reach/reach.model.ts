import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ReachFrom {
  ME = 'ME',
  TEAM = 'TEAM',
  REGION = 'REGION',
  ALL_MEMBERS = 'ALL_MEMBERS',
}
registerEnumType(ReachFrom, {
  name: 'ReachFrom',
  description: 'Who may carry the message: me (my person record), a team’s members, a region’s members, or all members in my regions.',
});

export enum ReachLinkKind {
  KNOWS = 'KNOWS',
  MEMBER_OF = 'MEMBER_OF',
  WORKS_AT = 'WORKS_AT',
  LEADS = 'LEADS',
}
registerEnumType(ReachLinkKind, { name: 'ReachLinkKind', description: 'A person knows a person, or is a member of / works at / leads an organization.' });

@ObjectType({ description: 'One record on a path. Records outside your regions are shown without personal data: no id, no name.' })
export class ReachNode {
  @Field(() => ID, { nullable: true, description: 'Null when the record is outside your regions.' }) id: string | null;
  @Field(() => String, { description: 'PERSON or ORGANIZATION' }) kind: 'PERSON' | 'ORGANIZATION';
  @Field(() => String, { description: 'The name, or "Someone in <region>" / "An organization in <region>" when hidden.' }) name: string;
  @Field(() => String, { nullable: true }) regionName: string | null;
  @Field(() => Boolean, { description: 'True when the record is outside your regions.' }) hidden: boolean;
}

@ObjectType({ description: 'The link between two consecutive records of a path.' })
export class ReachLink {
  @Field(() => ReachLinkKind) kind: ReachLinkKind;
  @Field(() => Float, { description: 'KNOWS: the strength shown (1 to 5, derived from interactions with fading, or set by hand if higher). Affiliations: their fixed weight.' })
  strength: number;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD of the last logged interaction (KNOWS only).' }) lastContact: string | null;
  @Field(() => String, { nullable: true, description: 'How they know each other, or the title held; null when either end is hidden.' }) context: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) since: string | null;
}

@ObjectType({ description: 'A warm path from a starting member (the messenger) to the target.' })
export class ReachPath {
  @Field(() => Float, { description: 'Π over links of 0.8 × strength/5 (0 to 1): stronger, more recent, shorter is higher.' }) score: number;
  @Field(() => Int) hops: number;
  @Field(() => ReachNode, { description: 'The member who starts the chain.' }) messenger: ReachNode;
  @Field(() => [ReachNode], { description: 'From the messenger to the target.' }) nodes: ReachNode[];
  @Field(() => [ReachLink], { description: 'links[i] joins nodes[i] and nodes[i + 1].' }) links: ReachLink[];
}

@ObjectType()
export class ReachResult {
  @Field(() => ReachNode) target: ReachNode;
  @Field(() => Int, { description: 'How many starting members were searched from.' }) startingMembers: number;
  @Field(() => [ReachPath], { description: 'Best first; no two share a broker (an intermediate record).' }) paths: ReachPath[];
}

@ObjectType({ description: 'How two people or organizations are connected.' })
export class Connection {
  @Field(() => ReachNode) from: ReachNode;
  @Field(() => ReachNode) to: ReachNode;
  @Field(() => [ReachPath], { description: 'The strongest chains of up to 6 links, strongest first; no two share a go-between. Empty between two organizations.' })
  strongest: ReachPath[];
  @Field(() => ReachPath, { nullable: true, description: 'The chain with the fewest links (up to 6); of those, the strongest. Null when they are not linked within 6 links.' })
  shortest: ReachPath | null;
}
