/**
 * The number tables a ties import keeps (kinds/ties.ts and its phases): a growable typed array, strings kept
 * once by number, and a list of ties as columns of numbers. Built for 10M rows: only the rows a report shows
 * become objects.
 */

/** A growable typed array. */
export class Grow<T extends Int32Array | Int8Array> {
  a: T;
  n = 0;
  /** `expected`: sized up front (each doubling of a big buffer made V8 collect the whole heap). */
  constructor(
    private readonly make: (n: number) => T,
    expected = 1024,
  ) {
    this.a = make(Math.max(1024, expected));
  }
  push(v: number): number {
    if (this.n === this.a.length) {
      const b = this.make(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n] = v;
    return this.n++;
  }
}

/** Strings kept once, by number (0 is null). */
export class Strings {
  private readonly ids = new Map<string, number>();
  readonly list: Array<string | null> = [null];
  id(s: string | null | undefined): number {
    if (s == null || s === '') return 0;
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.ids.set(s, i);
    }
    return i;
  }
}

/** A tie's values: strength (0: none) and the numbers (Strings) of its context, since and last contact. */
export interface TieValues {
  strength: number;
  ctx: number;
  since: number;
  last: number;
}

/** Ties as columns: the two ends (person numbers) and the values. */
export class TieList {
  readonly a: Grow<Int32Array>;
  readonly b: Grow<Int32Array>;
  readonly strength: Grow<Int8Array>;
  readonly ctx: Grow<Int32Array>;
  readonly since: Grow<Int32Array>;
  readonly last: Grow<Int32Array>;

  constructor(expected = 1024) {
    const i32 = () => new Grow((n) => new Int32Array(n), expected);
    this.a = i32();
    this.b = i32();
    this.strength = new Grow((n) => new Int8Array(n), expected);
    this.ctx = i32();
    this.since = i32();
    this.last = i32();
  }

  get n(): number {
    return this.a.n;
  }

  /** Adds a tie; returns its slot. */
  push(a: number, b: number, v: TieValues): number {
    this.a.push(a);
    this.b.push(b);
    this.ctx.push(v.ctx);
    this.since.push(v.since);
    this.last.push(v.last);
    return this.strength.push(v.strength);
  }

  values(s: number): TieValues {
    return { strength: this.strength.a[s], ctx: this.ctx.a[s], since: this.since.a[s], last: this.last.a[s] };
  }

  set(s: number, v: TieValues): void {
    this.strength.a[s] = v.strength;
    this.ctx.a[s] = v.ctx;
    this.since.a[s] = v.since;
    this.last.a[s] = v.last;
  }
}

export const sameValues = (x: TieValues, y: TieValues) => x.strength === y.strength && x.ctx === y.ctx && x.since === y.since && x.last === y.last;
