import { idOrder } from './tie-staging.js';
import { orderNewTies } from './tie-order.js';
import { Strings, TieList } from './tie-tables.js';

describe('ties import, ordering new ties for COPY (orderNewTies)', () => {
  it('puts each tie’s smaller id first and groups the lines by that person, in person-number order; ties COPY cannot carry go to batches', () => {
    const ids = ['p-3', 'p-1', 'p-2', 'p-0'];
    const strs = new Strings();
    const plain = strs.id('neighbors');
    const multiline = strs.id('met at\nchurch');
    const copyable = new Int8Array(strs.list.length);
    copyable[0] = 1;
    copyable[plain] = 1;
    const fresh = new TieList();
    const ties: Array<[number, number, number]> = [
      [0, 1, plain],
      [2, 3, 0],
      [1, 2, multiline],
      [3, 1, plain],
      [0, 2, 0],
    ];
    for (const [a, b, ctx] of ties) fresh.push(a, b, { strength: 2, ctx, since: 0, last: 0 });
    const { lines, count, batched } = orderNewTies(ids, fresh, copyable);
    expect(batched).toEqual([2]);
    const out = Array.from({ length: count }, (_, i) => [ids[lines.from[i]], ids[lines.to[i]]]);
    // Every line's first end is the smaller id; lines come grouped by that person's number (p-1: 1, p-2: 2, p-0: 3).
    for (const [from, to] of out) expect(from < to).toBe(true);
    expect(out).toEqual([
      ['p-1', 'p-3'],
      ['p-2', 'p-3'],
      ['p-0', 'p-2'],
      ['p-0', 'p-1'],
    ]);
    expect(idOrder(ids)(1, 0)).toBe(true);
  });
});
