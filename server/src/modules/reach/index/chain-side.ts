/**
 * One side of the shortest-chain search, reused from query to query (searches are synchronous): a record is reached
 * in this query when seen[v] is the query's stamp; then dist, cost (the cheapest way in along shortest walks) and
 * pred hold. Typed arrays instead of maps: at 1M people / 10M ties under load the maps' version took p50 9 ms, p99
 * 114 ms for a chain (bench/connection.mjs), most of it hashing and collecting garbage.
 */
export class ChainSide {
  readonly seen: Int32Array;
  readonly dist: Uint8Array;
  readonly cost: Float64Array;
  readonly pred: Int32Array;
  /** Every record reached, in the order reached: the frontier is reached[front..n). */
  reached = new Int32Array(1024);
  n = 0;
  front = 0;
  radius = 0;
  constructor(readonly cap: number) {
    this.seen = new Int32Array(cap);
    this.dist = new Uint8Array(cap);
    this.cost = new Float64Array(cap);
    this.pred = new Int32Array(cap);
  }
  begin(start: number, stamp: number): void {
    this.n = 0;
    this.front = 0;
    this.radius = 0;
    this.add(start, stamp, 0, 0, -1);
  }
  add(v: number, stamp: number, d: number, c: number, u: number): void {
    this.seen[v] = stamp;
    this.dist[v] = d;
    this.cost[v] = c;
    this.pred[v] = u;
    if (this.n === this.reached.length) {
      const grown = new Int32Array(this.n * 2);
      grown.set(this.reached);
      this.reached = grown;
    }
    this.reached[this.n++] = v;
  }
}
