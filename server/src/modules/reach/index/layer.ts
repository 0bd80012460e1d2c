

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
