import { mkdir, open, rename, rm, statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Edge } from './model.js';
import type { GraphState } from './state.js';

// Snapshot: a graph written to one file (typed arrays as they are, strings and small maps as JSON) and read back
// at start in seconds instead of reading every record and tie from the store. The file records the graph's
// commit stamp (graph/stamp.queries.ts) it was built from.

const MAGIC = 0x49524743; // "CGRI"
const FORMAT = 1;
/** Free space kept on the data folder's disk beyond the snapshot itself (the engine must never meet a full disk). */
const KEEP_FREE = 1024 ** 3;

type Arrays = Pick<GraphState, 'offsets' | 'nbr' | 'ekind' | 'ehand' | 'es0' | 'eid' | 'dScore' | 'dScoreAt' | 'dLast' | 'dCtx' | 'dSince' | 'dUntil' | 'dStart'>;
const ARRAYS = ['offsets', 'nbr', 'ekind', 'ehand', 'es0', 'eid', 'dScore', 'dScoreAt', 'dLast', 'dCtx', 'dSince', 'dUntil', 'dStart'] as const;
const KINDS = { Int32Array, Uint8Array, Float32Array, Float64Array } as const;
type Kind = keyof typeof KINDS;

interface Header {
  format: number;
  stamp: string;
  builtAt: string | null;
  baseNodes: number;
  /** Byte offset (from the file's start) and element count of each array. */
  arrays: Array<{ name: (typeof ARRAYS)[number] | 'nodeType' | 'member' | 'leader'; kind: Kind; offset: number; length: number }>;
  ids: string[];
  region: string[];
  name: string[];
  strs: string[];
  teams: Array<[string, string, number[]]>;
  overlay: Array<[number, Edge[]]>;
}

const align8 = (n: number) => (n + 7) & ~7;

/**
 * Writes the graph and its stamp to `file`: to a temporary file first, flushed, then renamed over the old one,
 * so a crash leaves the old snapshot or the new one, never half of one. Returns the bytes written, or null when
 * the disk has too little room (the snapshot is skipped: the next start reads the store instead).
 */
export async function writeSnapshot(g: GraphState, file: string, stamp: string): Promise<number | null> {
  const bytesArrays: Array<{ name: Header['arrays'][number]['name']; data: ArrayBufferView & { length: number }; kind: Kind }> = [
    ...ARRAYS.map((name) => ({ name, data: g[name] as Arrays[typeof name], kind: g[name].constructor.name as Kind })),
    { name: 'nodeType' as const, data: Uint8Array.from(g.nodeType), kind: 'Uint8Array' as const },
    { name: 'member' as const, data: Uint8Array.from(g.member, Number), kind: 'Uint8Array' as const },
    { name: 'leader' as const, data: Uint8Array.from(g.leader, Number), kind: 'Uint8Array' as const },
  ];
  const header: Header = {
    format: FORMAT, stamp, builtAt: g.loadedAt, baseNodes: g.baseNodes, arrays: [],
    ids: g.ids, region: g.region, name: g.name, strs: g.strs,
    teams: [...g.teams].map(([id, t]) => [id, t.region, [...t.members]]),
    overlay: [...g.overlay],
  };
  // The header's length depends on the offsets it holds: lay the arrays out after a first measure, then again.
  let json = '';
  let start = 0;
  for (let pass = 0; pass < 3; pass++) {
    let at = start;
    header.arrays = bytesArrays.map((a) => {
      at = align8(at);
      const entry = { name: a.name, kind: a.kind, offset: at, length: a.data.length };
      at += a.data.byteLength;
      return entry;
    });
    json = JSON.stringify(header);
    const next = align8(12 + Buffer.byteLength(json));
    if (next === start) break;
    start = next;
  }
  const head = Buffer.alloc(start);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(FORMAT, 4);
  head.writeUInt32LE(Buffer.byteLength(json), 8);
  head.write(json, 12);
  const last = header.arrays[header.arrays.length - 1];
  const total = last.offset + bytesArrays[bytesArrays.length - 1].data.byteLength;

  await mkdir(dirname(file), { recursive: true });
  const fs = await statfs(dirname(file));
  if (fs.bavail * fs.bsize < total + KEEP_FREE) return null;
  const tmp = `${file}.tmp`;
  const out = await open(tmp, 'w');
  try {
    await out.write(head, 0, head.length, 0);
    for (let i = 0; i < bytesArrays.length; i++) {
      const { data } = bytesArrays[i];
      if (data.byteLength) await out.write(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), 0, data.byteLength, header.arrays[i].offset);
    }
    await out.sync();
  } catch (e) {
    await out.close();
    await rm(tmp, { force: true });
    throw e;
  }
  await out.close();
  await rename(tmp, file);
  return total;
}

/**
 * Reads a snapshot into `g` (a new, empty graph) and returns the stamp it was built from; null when there is
 * none. A file that is not a whole snapshot of this format throws (the caller reads the store instead).
 */
export async function readSnapshot(g: GraphState, file: string): Promise<string | null> {
  let f;
  try {
    f = await open(file, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  let buf: ArrayBuffer;
  try {
    const { size } = await f.stat();
    if (size < 12) throw new Error('the snapshot file is cut short');
    buf = new ArrayBuffer(size);
    const bytes = new Uint8Array(buf);
    for (let at = 0; at < size; ) {
      const { bytesRead } = await f.read(bytes, at, Math.min(size - at, 1 << 26), at);
      if (bytesRead === 0) throw new Error('the snapshot file is cut short');
      at += bytesRead;
    }
  } finally {
    await f.close();
  }
  const view = new DataView(buf);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== FORMAT) throw new Error('not a reach index snapshot of this version');
  const length = view.getUint32(8, true);
  if (12 + length > buf.byteLength) throw new Error('the snapshot file is cut short');
  const header = JSON.parse(Buffer.from(buf, 12, length).toString('utf8')) as Header;
  const arrays = new Map<string, ArrayBufferView & ArrayLike<number>>();
  for (const a of header.arrays) {
    const Ctor = KINDS[a.kind];
    if (!Ctor || a.offset % 8 || a.offset + a.length * Ctor.BYTES_PER_ELEMENT > buf.byteLength) throw new Error('the snapshot file is cut short or damaged');
    arrays.set(a.name, new Ctor(buf, a.offset, a.length));
  }
  const n = header.ids.length;
  const nodeType = arrays.get('nodeType');
  const member = arrays.get('member');
  const leader = arrays.get('leader');
  const offsets = arrays.get('offsets');
  if (!nodeType || !member || !leader || !offsets || nodeType.length !== n || header.region.length !== n || header.name.length !== n || offsets.length !== header.baseNodes + 1) {
    throw new Error('the snapshot file is damaged');
  }
  for (const name of ARRAYS) {
    const a = arrays.get(name);
    if (!a) throw new Error('the snapshot file is damaged');
    (g as unknown as Record<string, unknown>)[name] = a;
  }
  g.ids = header.ids;
  g.idOf = new Map(header.ids.map((id, i) => [id, i]));
  g.nodeType = Array.from(nodeType);
  g.member = Array.from(member, Boolean);
  g.leader = Array.from(leader, Boolean);
  g.region = header.region;
  g.name = header.name;
  g.strs = header.strs;
  // 0 is null, never looked up by text (as a load leaves it).
  g.strId = new Map(header.strs.slice(1).map((s, i) => [s, i + 1]));
  g.baseNodes = header.baseNodes;
  g.teams = new Map(header.teams.map(([id, region, members]) => [id, { region, members: new Set(members) }]));
  g.overlay = new Map(header.overlay);
  g.cap = 0;
  g.costFade = NaN;
  g.rebuilds++;
  g.generation++;
  g.loadedAt = header.builtAt;
  return header.stamp;
}
