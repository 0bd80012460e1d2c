import type { BulkKnows } from '../../../graph/changes.js';
import type { TieKeys } from './tie-keys.js';
import type { TieList } from './tie-tables.js';

/**
 * A ties import's last phase (kinds/ties.ts): the new ties as derived state (the reach index, maps) takes them
 * with the commit, through the change feed, from the numbers the import holds rather than read back.
 */
export function newTiesChange(keys: TieKeys, fresh: TieList, at: string, ns: readonly number[] | null = null): BulkKnows {
  if (!ns) {
    return {
      count: fresh.n,
      ids: keys.people.ids,
      a: fresh.a.a,
      b: fresh.b.a,
      strength: fresh.strength.a,
      strings: keys.strs.list,
      context: fresh.ctx.a,
      since: fresh.since.a,
      lastContact: fresh.last.a,
      createdAt: at,
    };
  }
  const pick = <T extends Int32Array | Int8Array>(from: T): T => {
    const out = new (from.constructor as new (n: number) => T)(ns.length);
    for (let k = 0; k < ns.length; k++) out[k] = from[ns[k]];
    return out;
  };
  return {
    count: ns.length,
    ids: keys.people.ids,
    a: pick(fresh.a.a),
    b: pick(fresh.b.a),
    strength: pick(fresh.strength.a),
    strings: keys.strs.list,
    context: pick(fresh.ctx.a),
    since: pick(fresh.since.a),
    lastContact: pick(fresh.last.a),
    createdAt: at,
  };
}
