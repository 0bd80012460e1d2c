

/** The starting side's layers of one question, kept for the next from the same people (see search.ts). */
export interface KeptStart {
  sources: readonly number[];
  hf: number;
  /** What the layers were grown on: the graph as it was (generation), its costs, its scratch space. */
  generation: number;
  cost: Float64Array;
  layers: readonly Layer[];
  saved: Array<{ list: Int32Array; dp: Float64Array }>;
}

/**
 * The records first reached in exactly h links (one layer of a hop-bounded search), with the cheapest cost and
 * predecessor. Membership is a bit of the shared flags array, cost and predecessor sit side by side (one cache
 * line per record), and reset clears only the records it holds: a search touches memory in proportion to what
 * it reaches, not to the size of the network.
 */
export class Layer {
  /** dp[2v]: the cheapest cost to v in exactly this many links; dp[2v + 1]: its predecessor. */
  dp: Float64Array;
  list = new Int32Array(1024);
  n = 0;
  constructor(
    cap: number,
    readonly flags: Uint16Array,
    readonly bit: number,
  ) {
    this.dp = new Float64Array(2 * cap);
  }
  reset() {
    const { flags, list, n } = this;
    const keep = ~this.bit;
    for (let i = 0; i < n; i++) flags[list[i]] &= keep;
    this.n = 0;
  }
  /** Takes v out (its slot in the list stays: whoever goes over the list checks membership). */
  drop(v: number) {
    this.flags[v] &= ~this.bit;
  }
  /** Its records, costs and predecessors, copied out (see restore). */
  save(): { list: Int32Array; dp: Float64Array } {
    const list = this.list.slice(0, this.n);
    const dp = new Float64Array(2 * this.n);
    let m = 0;
    for (let i = 0; i < this.n; i++) {
      const v = list[i];
      if (!this.has(v)) continue;
      list[m] = v;
      dp[2 * m] = this.dp[2 * v];
      dp[2 * m + 1] = this.dp[2 * v + 1];
      m++;
    }
    return { list: list.slice(0, m), dp: dp.slice(0, 2 * m) };
  }
  /** The layer as `save` left it. */
  restore(saved: { list: Int32Array; dp: Float64Array }) {
    this.reset();
    const { list, dp } = saved;
    if (this.list.length < list.length) this.list = new Int32Array(list.length);
    this.list.set(list);
    this.n = list.length;
    const { flags, bit } = this;
    for (let i = 0; i < list.length; i++) {
      const v = list[i];
      flags[v] |= bit;
      this.dp[2 * v] = dp[2 * i];
      this.dp[2 * v + 1] = dp[2 * i + 1];
    }
  }
  has(v: number) {
    return (this.flags[v] & this.bit) !== 0;
  }
  dist(v: number) {
    return this.dp[2 * v];
  }
  pred(v: number) {
    return this.dp[2 * v + 1];
  }
  offer(v: number, c: number, u: number) {
    const f = this.flags[v];
    if ((f & this.bit) === 0) {
      this.flags[v] = f | this.bit;
      this.dp[2 * v] = c;
      this.dp[2 * v + 1] = u;
      if (this.n === this.list.length) {
        const list = new Int32Array(this.n * 2);
        list.set(this.list);
        this.list = list;
      }
      this.list[this.n++] = v;
    } else if (c < this.dp[2 * v]) {
      this.dp[2 * v] = c;
      this.dp[2 * v + 1] = u;
    }
  }
}
