import { TieDecider } from './tie-decide.js';
import { tieBatches, tieKeys, tieRun } from './tie-fixtures.js';
import type { TieKeys } from './tie-keys.js';

/** Decides the rows (the lines of a ties file) against these keys, as the ties import does. */
async function decide(keys: TieKeys, lines: string[], options: { dryRun?: boolean } = {}) {
  const ctx = tieRun(options);
  const decider = new TieDecider(ctx, keys);
  for (const batch of await tieBatches(lines)) {
    decider.decide(batch);
    await decider.checked();
  }
  await decider.finish();
  const text = (n: number) => keys.strs.list[n];
  const fresh = Array.from({ length: decider.fresh.n }, (_, s) => {
    const v = decider.fresh.values(s);
    return {
      a: keys.people.ids[decider.fresh.a.a[s]],
      b: keys.people.ids[decider.fresh.b.a[s]],
      strength: v.strength,
      context: text(v.ctx),
      since: text(v.since),
      last: text(v.last),
    };
  });
  const changed = [...decider.changed].map(([s, v]) => ({
    slot: s,
    line: v.line,
    strength: v.strength,
    context: text(v.ctx),
    since: text(v.since),
    last: text(v.last),
  }));
  return { job: ctx.job, fresh, changed };
}

const people = () =>
  tieKeys([
    { id: 'ann' },
    { id: 'bo' },
    { id: 'cy', name: 'Cy Diaz', zip: '60614' },
    { id: 'cy2', name: 'Cy Diaz', zip: '60614' },
    { id: 'dee', name: 'Dee Lee', zip: '60601' },
  ]);

describe('ties import, deciding rows (TieDecider)', () => {
  it('creates a tie once: a later row about the same two people, either way round, updates it instead of doubling it', async () => {
    const { job, fresh } = await decide(people(), [
      'ann@example.org,bo@example.org,,,3,neighbors,2020-01-01,2024-01-01,',
      'BO@example.org,ann@example.org,,,5,,,2023-06-01,',
    ]);
    expect([job.created, job.updated, job.unchanged, job.skipped]).toEqual([1, 1, 0, 0]);
    // Strength from the second row; context and since kept (empty cells change nothing); last contact only moves later.
    expect(fresh).toEqual([{ a: 'ann', b: 'bo', strength: 5, context: 'neighbors', since: '2020-01-01', last: '2024-01-01' }]);
  });

  it('updates a tie already there, keeping what the row leaves empty, and says unchanged when nothing would change', async () => {
    const keys = tieKeys(
      [{ id: 'ann' }, { id: 'bo' }, { id: 'dee' }],
      [
        ['ann', 'bo', { strength: 2, context: 'union local', last: '2024-05-01' }],
        ['ann', 'dee', { strength: 4 }],
      ],
    );
    const { job, fresh, changed } = await decide(keys, ['bo@example.org,ann@example.org,,,4,,,2023-01-01,', 'ann@example.org,dee@example.org,,,4,,,,']);
    expect([job.created, job.updated, job.unchanged]).toEqual([0, 1, 1]);
    expect(fresh).toEqual([]);
    expect(changed).toEqual([{ slot: 0, line: 2, strength: 4, context: 'union local', since: null, last: '2024-05-01' }]);
  });

  it('a row that changes a tie and a later one that changes it back leave nothing to write', async () => {
    const keys = tieKeys([{ id: 'ann' }, { id: 'bo' }], [['ann', 'bo', { strength: 2 }]]);
    const { job, changed } = await decide(keys, ['ann@example.org,bo@example.org,,,3,,,,', 'ann@example.org,bo@example.org,,,2,,,,']);
    expect(job.updated).toBe(2);
    expect(changed).toEqual([]);
  });

  it('skips a row naming someone unknown, someone twice, or two people of one name, and says why', async () => {
    const { job, fresh } = await decide(people(), [
      'ann@example.org,nobody@example.org,,,,,,,',
      'ann@example.org,ANN@example.org,,,,,,,',
      'ann@example.org,,Cy Diaz,60614,,,,,',
      'ann@example.org,,Dee Lee,60601,,,,,',
      ',bo@example.org,,,,,,,',
      'ann@example.org,bo@example.org,,,,,,,Atlantis',
    ]);
    expect([job.created, job.skipped]).toEqual([1, 5]);
    expect(fresh.map((t) => [t.a, t.b])).toEqual([['ann', 'dee']]);
    expect(job.problems.map((p) => [p.line, p.problems.map((x) => x.message)])).toEqual([
      [2, ['No person with email nobody@example.org in your regions.']],
      [3, ['A person cannot have a tie to themselves.']],
      [4, ['Several people in your regions are named Cy Diaz at ZIP 60614: give an email or record id.']],
      [6, ["Give the first person's email, record id or name."]],
      [7, ['There is no region named Atlantis.']],
    ]);
  });

  it('refuses values the tie form refuses, with the form’s own messages, and takes the rest', async () => {
    const { job, fresh } = await decide(people(), [
      'ann@example.org,bo@example.org,,,9,,,,',
      'ann@example.org,dee@example.org,,,2,,not a date,,',
      'bo@example.org,dee@example.org,,,2,,,yesterday,',
      'ann@example.org,cy@example.org,,,1,,2019-03-04,,',
    ]);
    expect([job.created, job.skipped]).toEqual([1, 3]);
    expect(fresh.map((t) => [t.a, t.b, t.strength, t.since])).toEqual([['ann', 'cy', 1, '2019-03-04']]);
    const fields = job.problems.map((p) => [p.line, p.problems.map((x) => x.field)]);
    expect(fields).toEqual([
      [2, ['strength']],
      [3, ['since']],
      [4, ['lastContact']],
    ]);
    for (const p of job.problems) expect(p.problems[0].message).not.toBe('');
  });

  it('a dry run reports every row, in file order, with what it would do', async () => {
    const { job } = await decide(
      people(),
      ['ann@example.org,bo@example.org,,,,,,,', 'ann@example.org,nobody@example.org,,,,,,,', 'bo@example.org,ann@example.org,,,4,,,,'],
      { dryRun: true },
    );
    expect(job.rows.map((r) => [r.line, r.action, r.name])).toEqual([
      [2, 'create', 'ann@example.org – bo@example.org'],
      [3, 'skip', 'ann@example.org – nobody@example.org'],
      [4, 'update', 'bo@example.org – ann@example.org'],
    ]);
  });
});
