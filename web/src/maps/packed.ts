
import { t } from '../i18n/intl';/**
 * The packed network map the server sends (GET /maps/network.json): parallel arrays, records by index,
 * strings in a dictionary. Everything the page derives from it (what passes the filters, colours, legend)
 * is here, as plain functions, so it is tested without a WebGL canvas.
 */
export type ScopeKind = 'MY_REGIONS' | 'CAMPAIGN' | 'TEAM' | 'REGION' | 'NEIGHBOURHOOD';
export type NodeKind = 'PERSON' | 'ORGANIZATION' | 'CAMPAIGN' | 'TEAM';
export type EdgeKind = 'KNOWS' | 'MEMBER_OF' | 'WORKS_AT' | 'LEADS' | 'TEAM_MEMBER' | 'ROLE' | 'PARTNER' | 'ENDORSEMENT';
export type Change = 'SAME' | 'ADDED' | 'REMOVED';

export interface PackedMap {
  scope: { kind: ScopeKind; id: string; name: string; hops: number };
  asOf: string;
  compareTo: string | null;
  truncated: boolean;
  betweennessComputed: boolean;
  version: string;
  layout: 'fresh' | 'reused';
  /** The positions are a draft the server is still settling: ask again shortly (NetworkMapPage). */
  draft?: boolean;
  timings: { extract: number; measure: number; layout: number; total: number };
  dict: { nodeKinds: NodeKind[]; edgeKinds: EdgeKind[]; changes: Change[]; regions: Array<{ id: string; name: string }>; strings: string[] };
  nodes: {
    id: string[];
    label: string[];
    hidden: number[];
    kind: number[];
    region: number[];
    types: number[][];
    tags: number[][];
    roles: number[][];
    cluster: number[];
    x: number[];
    y: number[];
    degree: number[];
    pagerank: number[];
    betweenness: number[] | null;
  };
  edges: {
    source: number[];
    target: number[];
    kind: number[];
    strength: number[];
    since: number[];
    until: number[];
    detail: number[];
    change: number[];
  };
}

export interface MapRequest {
  scope: ScopeKind;
  id: string;
  hops: number | null;
  asOf: string;
  compareTo: string;
}

export class MapError extends Error {
  constructor(
    message: string,
    readonly fields: Array<{ field: string; message: string }> = [],
  ) {
    super(message);
  }
}

export function mapUrl(r: MapRequest): string {
  const q = new URLSearchParams({ scope: r.scope });
  if (r.id) q.set('id', r.id);
  if (r.hops !== null) q.set('hops', String(r.hops));
  if (r.asOf) q.set('asOf', r.asOf);
  if (r.compareTo) q.set('compareTo', r.compareTo);
  return `/maps/network.json?${q}`;
}

export async function fetchMap(r: MapRequest, signal?: AbortSignal): Promise<PackedMap> {
  let res: Response;
  try {
    res = await fetch(mapUrl(r), { credentials: 'same-origin', headers: { Accept: 'application/json' }, signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new MapError(t('error.network'));
  }
  const body = (await res.json().catch(() => null)) as (PackedMap & { error?: string; fields?: MapError['fields'] }) | null;
  if (!res.ok || !body) throw new MapError(body?.error ?? t('networkmap.couldNotLoad'), body?.fields ?? []);
  return body;
}

export type SizeBy = 'degree' | 'pagerank' | 'betweenness' | 'none';
export type ColorBy = 'kind' | 'role' | 'cluster' | 'region';

export interface Filters {
  kinds: NodeKind[];
  role: string;
  tag: string;
  region: string;
  minStrength: number;
  /** With a comparison: only the links added or removed. */
  changesOnly: boolean;
}

export const NO_FILTERS: Filters = { kinds: [], role: '', tag: '', region: '', minStrength: 1, changesOnly: false };

export const KIND_LABEL: Record<NodeKind, string> = { get PERSON() {
    return t('events.person');
  }, get ORGANIZATION() {
    return t('campaigns.organization');
  }, get CAMPAIGN() {
    return t('campaigns.campaign');
  }, get TEAM() {
    return t('insights.team');
  } };
export const EDGE_LABEL: Record<EdgeKind, string> = {
  get KNOWS() {
    return t('reach.link.knows');
  }, get MEMBER_OF() {
    return t('reach.link.memberOf');
  }, get WORKS_AT() {
    return t('reach.link.worksAt');
  }, get LEADS() {
    return t('reach.link.leads');
  }, get TEAM_MEMBER() {
    return t('networkmap.teamMember');
  }, get ROLE() {
    return t('networkmap.role');
  }, get PARTNER() {
    return t('networkmap.partner');
  }, get ENDORSEMENT() {
    return t('networkmap.endorsementAsk');
  },
};
export const ROLE_LABEL: Record<string, string> = {
  get CONNECTOR() {
    return t('role.connector');
  }, get GATHERER() {
    return t('campaigns.gatherer');
  }, get FACILITATOR() {
    return t('campaigns.facilitator');
  }, get LOGISTICS_COORDINATOR() {
    return t('campaigns.logisticsCoordinator');
  }, get CO_CHAIR() {
    return t('campaigns.coChair');
  }, get POINT_OF_CONTACT() {
    return t('campaigns.pointOfContact');
  },
};
export const roleLabel = (r: string) => ROLE_LABEL[r] ?? r;

const KIND_COLOR: Record<NodeKind, string> = { PERSON: '#2563eb', ORGANIZATION: '#d97706', CAMPAIGN: '#7c3aed', TEAM: '#059669' };
/** Twelve distinct colours for clusters, roles and regions (then they repeat). */
const PALETTE = ['#2563eb', '#d97706', '#059669', '#dc2626', '#7c3aed', '#0891b2', '#db2777', '#65a30d', '#9333ea', '#ea580c', '#0d9488', '#4f46e5'];
export const NO_ROLE_COLOR = '#9ca3af';
export const CHANGE_COLOR: Record<Change, string> = { SAME: '#cbd5e1', ADDED: '#16a34a', REMOVED: '#dc2626' };

export const nodeKind = (m: PackedMap, i: number): NodeKind => m.dict.nodeKinds[m.nodes.kind[i]];
export const edgeKind = (m: PackedMap, e: number): EdgeKind => m.dict.edgeKinds[m.edges.kind[e]];
export const edgeChange = (m: PackedMap, e: number): Change => m.dict.changes[m.edges.change[e]];
export const strings = (m: PackedMap, ids: number[]): string[] => ids.map((i) => m.dict.strings[i]);
export const str = (m: PackedMap, i: number): string | null => (i < 0 ? null : m.dict.strings[i]);

/** Roles and tags present on the map, sorted, for the filter lists. */
export function vocabulary(m: PackedMap): { roles: string[]; tags: string[] } {
  const roles = new Set<number>();
  const tags = new Set<number>();
  for (let i = 0; i < m.nodes.id.length; i++) {
    for (const r of m.nodes.roles[i]) roles.add(r);
    for (const t of m.nodes.tags[i]) tags.add(t);
  }
  const sorted = (s: Set<number>) => [...s].map((i) => m.dict.strings[i]).sort((a, b) => a.localeCompare(b));
  return { roles: sorted(roles), tags: sorted(tags) };
}

/** Which records and links pass the filters (1 = shown). A link is shown when both its ends are. */
export function visibility(m: PackedMap, f: Filters): { nodes: Uint8Array; edges: Uint8Array; nodeCount: number; edgeCount: number } {
  const n = m.nodes.id.length;
  const nodes = new Uint8Array(n);
  const kinds = f.kinds.length ? new Set(f.kinds.map((k) => m.dict.nodeKinds.indexOf(k))) : null;
  const role = f.role ? m.dict.strings.indexOf(f.role) : -2;
  const tag = f.tag ? m.dict.strings.indexOf(f.tag) : -2;
  const region = f.region ? m.dict.regions.findIndex((r) => r.id === f.region) : -2;
  let nodeCount = 0;
  for (let i = 0; i < n; i++) {
    const hub = m.nodes.kind[i] >= 2; // the map's own campaign or team
    if (kinds && !kinds.has(m.nodes.kind[i])) continue;
    if (role !== -2 && !hub && !m.nodes.roles[i].includes(role)) continue;
    if (tag !== -2 && !hub && !m.nodes.tags[i].includes(tag)) continue;
    if (region !== -2 && !hub && m.nodes.region[i] !== region) continue;
    nodes[i] = 1;
    nodeCount++;
  }
  const e = m.edges.source.length;
  const edges = new Uint8Array(e);
  const same = m.dict.changes.indexOf('SAME');
  let edgeCount = 0;
  for (let k = 0; k < e; k++) {
    if (!nodes[m.edges.source[k]] || !nodes[m.edges.target[k]]) continue;
    const s = m.edges.strength[k];
    if (s > 0 && s < f.minStrength) continue;
    if (f.changesOnly && m.edges.change[k] === same) continue;
    edges[k] = 1;
    edgeCount++;
  }
  return { nodes, edges, nodeCount, edgeCount };
}

/** Node sizes (2 to 14 screen pixels) by a measure: the square root of its share of the largest. */
export function nodeSizes(m: PackedMap, by: SizeBy): Float32Array {
  const n = m.nodes.id.length;
  const out = new Float32Array(n);
  const values = by === 'degree' ? m.nodes.degree : by === 'pagerank' ? m.nodes.pagerank : by === 'betweenness' ? m.nodes.betweenness : null;
  let max = 0;
  if (values) for (let i = 0; i < n; i++) max = Math.max(max, values[i]);
  for (let i = 0; i < n; i++) {
    const base = values && max > 0 ? 2 + 12 * Math.sqrt(values[i] / max) : 4;
    out[i] = m.nodes.kind[i] >= 2 ? Math.max(base, 12) : base;
  }
  return out;
}

export interface LegendEntry {
  label: string;
  color: string;
  count: number;
}

/** Colours of the records and the legend for them. Roles: a person's first role (alphabetically); clusters: the 11 largest, the rest grey. */
export function nodeColors(m: PackedMap, by: ColorBy): { colors: string[]; legend: LegendEntry[] } {
  const n = m.nodes.id.length;
  const colors: string[] = new Array(n);
  const counts = new Map<string, number>();
  const keyOf = (i: number): string => {
    if (by === 'kind' || m.nodes.kind[i] >= 2) return `k:${nodeKind(m, i)}`;
    if (by === 'role') {
      const roles = strings(m, m.nodes.roles[i]).sort();
      return roles.length ? `r:${roles[0]}` : 'r:';
    }
    if (by === 'region') return `g:${m.nodes.region[i]}`;
    return `c:${m.nodes.cluster[i]}`;
  };
  const keys = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    keys[i] = keyOf(i);
    counts.set(keys[i], (counts.get(keys[i]) ?? 0) + 1);
  }
  const colorOf = new Map<string, string>();
  const labelOf = new Map<string, string>();
  let next = 0;
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  let clusters = 0;
  for (const [key] of ranked) {
    const [type, rest] = [key.slice(0, 1), key.slice(2)];
    if (type === 'k') {
      colorOf.set(key, KIND_COLOR[rest as NodeKind]);
      labelOf.set(key, KIND_LABEL[rest as NodeKind]);
    } else if (type === 'r') {
      colorOf.set(key, rest ? PALETTE[next++ % PALETTE.length] : NO_ROLE_COLOR);
      labelOf.set(key, rest ? roleLabel(rest) : t('networkmap.noRole'));
    } else if (type === 'g') {
      colorOf.set(key, PALETTE[next++ % PALETTE.length]);
      labelOf.set(key, m.dict.regions[Number(rest)]?.name || t('networkmap.noRegion'));
    } else {
      clusters++;
      colorOf.set(key, clusters <= PALETTE.length - 1 ? PALETTE[next++ % PALETTE.length] : NO_ROLE_COLOR);
      labelOf.set(key, clusters <= PALETTE.length - 1 ? t('networkmap.clusterNumber', { number: clusters }) : t('networkmap.smallerClusters'));
    }
  }
  for (let i = 0; i < n; i++) colors[i] = colorOf.get(keys[i])!;
  const legend = new Map<string, LegendEntry>();
  for (const [key, count] of ranked) {
    const label = labelOf.get(key)!;
    const entry = legend.get(label) ?? { label, color: colorOf.get(key)!, count: 0 };
    entry.count += count;
    legend.set(label, entry);
  }
  return { colors, legend: [...legend.values()] };
}

/** Records whose name contains the text (any case), best first: starts-with, then by degree. */
export function search(m: PackedMap, text: string, limit = 8): number[] {
  const t = text.trim().toLowerCase();
  if (t.length < 2) return [];
  const hits: number[] = [];
  for (let i = 0; i < m.nodes.label.length; i++) if (!m.nodes.hidden[i] && m.nodes.label[i].toLowerCase().includes(t)) hits.push(i);
  const starts = (i: number) => (m.nodes.label[i].toLowerCase().startsWith(t) ? 0 : 1);
  return hits.sort((a, b) => starts(a) - starts(b) || m.nodes.degree[b] - m.nodes.degree[a]).slice(0, limit);
}

/** The record page of a map node, or null (hidden records have none). */
export function recordLink(m: PackedMap, i: number): string | null {
  if (m.nodes.hidden[i] || !m.nodes.id[i]) return null;
  const id = encodeURIComponent(m.nodes.id[i]);
  switch (nodeKind(m, i)) {
    case 'PERSON':
      return `/people/${id}`;
    case 'ORGANIZATION':
      return `/organizations/${id}`;
    case 'CAMPAIGN':
      return `/campaigns/${id}`;
    default:
      return `/teams/${id}`;
  }
}

/** The links of one record, strongest first. */
export function linksOf(m: PackedMap, i: number): number[] {
  const out: number[] = [];
  for (let e = 0; e < m.edges.source.length; e++) if (m.edges.source[e] === i || m.edges.target[e] === i) out.push(e);
  return out.sort((a, b) => m.edges.strength[b] - m.edges.strength[a]);
}
