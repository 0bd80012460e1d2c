/**
 * Hash tables for the bulk import's millions of rows, where a JS Map of millions of keys cost about 1.5 µs a
 * look-up on this machine: each look-up a chain of cache misses (bucket, entry, key string). A Map also holds
 * at most 16.7M entries.
 *
 * PairTable is the one table: (int, int) → int, open addressing over one Int32Array holding
 * [a, b, value, used] per slot, so a probe is one cache line. The ties import keys it by two people's numbers;
 * TextTable and KeyIndex key it by a string's 64-bit fingerprint (two 32-bit hashes).
 *
 * Fingerprints: two strings are taken as equal when both hashes are. Two different strings share both for
 * about one pair in 2^64: with the 3M keys of 1M people and the 20M look-ups of a 10M-row ties file, a
 * wrong match has a chance of about 3M × 20M / 2^64, one import in 300,000 (a calculation, not a
 * measurement). A deliberately made collision could only match a row to another record of the importer's own
 * regions, which they can edit by hand anyway.
 */
export class PairTable {
  private cap: number;
  private mask: number;
  private t: Int32Array;
  size = 0;

  constructor(expected = 1024) {
    this.cap = 1 << Math.max(10, Math.ceil(Math.log2(expected * 2)));
    this.mask = this.cap - 1;
    this.t = new Int32Array(this.cap * 4);
  }

  /** The first slot (a, b) hashes to (an index into t, a multiple of 4). */
  private home(a: number, b: number): number {
    const h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
    return ((h ^ (h >>> 15)) & this.mask) * 4;
  }

  /**
   * Reads (a, b)'s first slot, for a number to discard: done for a batch of keys before they are used, these
   * reads overlap their cache misses, and the uses find the slots in cache.
   */
  touch(a: number, b: number): number {
    return this.t[this.home(a, b)];
  }

  /** Where (a, b) is, or the free slot where it would go (an index into t, a multiple of 4). */
  private slot(a: number, b: number): number {
    const t = this.t;
    const wrap = this.cap * 4 - 1;
    let s = this.home(a, b);
    while (t[s + 3] !== 0 && (t[s] !== a || t[s + 1] !== b)) s = (s + 4) & wrap;
    return s;
  }

  get(a: number, b: number): number | undefined {
    const s = this.slot(a, b);
    return this.t[s + 3] === 0 ? undefined : this.t[s + 2];
  }

  /** The value of (a, b); when there is none, (a, b) → v is added and undefined returned (one probe instead of two). */
  getOrAdd(a: number, b: number, v: number): number | undefined {
    if ((this.size + 1) * 2 > this.cap) this.grow();
    const s = this.slot(a, b);
    if (this.t[s + 3] !== 0) return this.t[s + 2];
    this.fill(s, a, b, v);
    return undefined;
  }

  set(a: number, b: number, v: number): void {
    if ((this.size + 1) * 2 > this.cap) this.grow();
    const s = this.slot(a, b);
    if (this.t[s + 3] === 0) this.fill(s, a, b, v);
    else this.t[s + 2] = v;
  }

  /**
   * The values of n keys (keys[2i], keys[2i + 1]) into out[i], `missing` for a key not there. The probes run in
   * a tight loop whose iterations do not wait on each other, so the processor overlaps their cache misses
   * (about 0.35 µs a look-up among 2M keys here, against 1.6 µs for a Map).
   */
  getMany(keys: Int32Array, n: number, out: Int32Array, missing: number): void {
    for (let i = 0; i < n; i++) {
      const s = this.slot(keys[2 * i], keys[2 * i + 1]);
      out[i] = this.t[s + 3] === 0 ? missing : this.t[s + 2];
    }
  }

  private fill(s: number, a: number, b: number, v: number): void {
    this.t[s] = a;
    this.t[s + 1] = b;
    this.t[s + 2] = v;
    this.t[s + 3] = 1;
    this.size++;
  }

  /** Room for `more` keys beyond those there, made at once (one move of the keys, not a doubling after another). */
  reserve(more: number): void {
    const cap = 1 << Math.max(10, Math.ceil(Math.log2((this.size + more) * 2)));
    if (cap > this.cap) this.grow(cap);
  }

  private grow(cap = this.cap * 2): void {
    const old = this.t;
    this.cap = cap;
    this.mask = this.cap - 1;
    this.t = new Int32Array(this.cap * 4);
    this.size = 0;
    for (let s = 0; s < old.length; s += 4) if (old[s + 3] !== 0) this.fill(this.slot(old[s], old[s + 1]), old[s], old[s + 1], old[s + 2]);
  }
}

/**
 * Text → number (the ties import: email → person, record id → person), by fingerprint. `fold`: case-insensitive,
 * as comparing toLowerCase() texts (emails); otherwise exact (ids).
 */
export class TextTable {
  private readonly table: PairTable;

  constructor(private readonly fold: boolean, expected = 1024) {
    this.table = new PairTable(expected);
  }

  get size(): number {
    return this.table.size;
  }

  /** The text's fingerprint into out[at], out[at + 1] (for lookupMany). */
  hash(text: string, out: Int32Array, at: number): void {
    hashKey(text, this.fold, out, at);
  }

  /** The same text again: the later number wins (as a Map's set). */
  set(text: string, n: number): void {
    hashKey(text, this.fold, scratch, 0);
    this.table.set(scratch[0], scratch[1], n);
  }

  get(text: string): number | undefined {
    hashKey(text, this.fold, scratch, 0);
    return this.table.get(scratch[0], scratch[1]);
  }

  /** The number of each of n texts given by their fingerprints (hash()), into out[i]: -1 when none. */
  lookupMany(hashes: Int32Array, n: number, out: Int32Array): void {
    this.table.getMany(hashes, n, out, -1);
  }
}

/**
 * A Map<string, V> for millions of keys, by fingerprint (case kept), the values in an array in the order first
 * set; values are never undefined. The bulk import keeps its new records by id in one (1M `Map.set`s of fresh
 * ids cost about 1.5 s here), and its match keys in a KeyIndex.
 */
export class IdMap<V> {
  private readonly table: PairTable;
  /** The keys in the order first set (empty when not kept). */
  readonly ids: string[] = [];
  readonly values: V[] = [];

  /** `expected`: about how many keys (growing a table of millions costs seconds). `keepIds`: list the keys in `ids`. */
  constructor(expected = 1024, private readonly keepIds = true) {
    this.table = new PairTable(expected);
  }

  get size(): number {
    return this.values.length;
  }

  get(id: string): V | undefined {
    hashKey(id, false, scratch, 0);
    const i = this.table.get(scratch[0], scratch[1]);
    return i === undefined ? undefined : this.values[i];
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  set(id: string, value: V): this {
    hashKey(id, false, scratch, 0);
    const i = this.table.getOrAdd(scratch[0], scratch[1], this.values.length);
    if (i === undefined) {
      if (this.keepIds) this.ids.push(id);
      this.values.push(value);
    } else this.values[i] = value;
    return this;
  }
}

/**
 * The match keys (`e:<email>`, `n:<name>|<zip>|<region>` → record id) of the bulk import of people and
 * organizations, where each row asks and adds three keys among millions: an IdMap that keeps no list of its
 * keys (only looked up).
 */
export class KeyIndex extends IdMap<string> {
  constructor(expected = 1024) {
    super(expected, false);
  }
}

const scratch = new Int32Array(2);

/** A key's two 32-bit hashes (FNV-1a and a Murmur-style mix), of its lower-cased text when `fold`. */
export { hashKey as fingerprint };

function hashKey(key: string, fold: boolean, out: Int32Array, at: number): void {
  if (fold) {
    for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) >= 128) return hashKey(key.toLowerCase(), false, out, at);
  }
  let h = 0x811c9dc5 | 0;
  let g = 0x9747b28c | 0;
  for (let i = 0; i < key.length; i++) {
    let c = key.charCodeAt(i);
    if (fold && c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 16777619);
    g = Math.imul(g ^ c, 0x5bd1e995);
    g ^= g >>> 13;
  }
  out[at] = h;
  out[at + 1] = g;
}
