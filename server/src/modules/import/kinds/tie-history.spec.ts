import { newTiesChange } from './tie-changes.js';
import { tieKeys } from './tie-fixtures.js';
import { historyRows, tieUpdates, undoRows, updateRows } from './tie-history.js';
import { TieList } from './tie-tables.js';

describe('ties import, history of changed ties (tie-history.ts)', () => {
  it('writes each changed tie with its ends in stored order, a history entry naming what changed from what to what, and a before-image', () => {
    const keys = tieKeys([{ id: 'p-b' }, { id: 'p-a' }], [['p-b', 'p-a', { strength: 2, context: 'union local', since: '2020-01-01' }]]);
    const changed = new Map([
      [0, { line: 7, strength: 4, ctx: keys.strs.id('union local'), since: keys.strs.id('2020-01-01'), last: keys.strs.id('2024-02-02') }],
    ]);
    const list = tieUpdates(changed, keys);
    const rows = updateRows(list, keys);
    expect(rows).toEqual([{ a: 'p-a', b: 'p-b', strength: 4, context: 'union local', since: '2020-01-01', lastContact: '2024-02-02' }]);
    const [history] = historyRows(list, rows, keys);
    expect(history).toMatchObject({ a: 'p-a', b: 'p-b', entityId: 'p-a|p-b', summary: 'Import changed the tie: strength, lastContact' });
    expect(JSON.parse(history.details)).toEqual([
      { field: 'strength', from: '2', to: '4' },
      { field: 'lastContact', from: null, to: '2024-02-02' },
    ]);
    const [undo] = undoRows('job-1', list, rows, keys);
    expect(undo.id).toBe('job-1:KNOWS:p-a|p-b');
    expect(JSON.parse(undo.before)).toEqual({ strength: 2, context: 'union local', since: '2020-01-01', lastContact: null });
    expect(JSON.parse(undo.after)).toEqual({ strength: 4, context: 'union local', since: '2020-01-01', lastContact: '2024-02-02' });
  });
});

describe('ties import, the new ties for derived state (newTiesChange)', () => {
  it('hands over every new tie, or just the ones a transaction wrote', () => {
    const keys = tieKeys([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    const fresh = new TieList();
    fresh.push(0, 1, { strength: 3, ctx: keys.strs.id('neighbors'), since: 0, last: 0 });
    fresh.push(1, 2, { strength: 0, ctx: 0, since: 0, last: keys.strs.id('2024-01-01') });
    const all = newTiesChange(keys, fresh, 'T');
    expect([all.count, all.createdAt, [...all.a.slice(0, 2)], [...all.b.slice(0, 2)]]).toEqual([2, 'T', [0, 1], [1, 2]]);
    const part = newTiesChange(keys, fresh, 'T', [1]);
    expect([part.count, [...part.a], [...part.b], [...part.strength], part.strings[part.lastContact[0]]]).toEqual([1, [1], [2], [0], '2024-01-01']);
  });
});
