import { Role } from '../../../common/viewer.js';
import type { BulkWriter } from '../bulk-types.js';
import { tieRun } from './tie-fixtures.js';
import { AMBIGUOUS, readTieKeys } from './tie-keys.js';

/** A bulk writer whose exports give these rows (person keys: id, emails joined by U+001F, name, zip, region; ties: a, b, strength, context, since, last contact). */
function writer(people: unknown[][], ties: unknown[][]): BulkWriter {
  return {
    store: { read: async () => [{ people: people.length }] } as unknown as BulkWriter['store'],
    scan: async (query, _file, onRow) => {
      for (const row of query.name === 'import.bulk.personKeys' ? people : ties) onRow(row);
    },
  };
}

describe('ties import, reading the keys (readTieKeys)', () => {
  const people = [
    ['p1', 'ann@example.org\u001fAnn.Home@Example.org', 'Ann Ruiz', '60614', 'north'],
    ['p2', '', 'Bo Chan', '60614', 'north'],
    ['p3', 'cy@example.org', 'Cy Diaz', '60601', 'south'],
    ['p4', '', 'bo chan', '60614', 'north'],
  ];
  const ties = [
    ['p1', 'p2', 3, 'neighbors', '2020-01-01', null],
    ['p3', 'p1', 5, null, null, '2024-01-01'],
  ];

  it('keeps only the people in the importer’s regions, and the ties among them', async () => {
    const ctx = tieRun();
    const keys = await readTieKeys({ ...ctx, viewer: { ...ctx.viewer, role: Role.LEADER, allRegions: false, regions: ['north'] } }, writer(people, ties));
    expect(keys.people.ids).toEqual(['p1', 'p2', 'p4']);
    expect(keys.people.byEmail.get('ann.home@example.org')).toBe(0);
    expect(keys.people.byEmail.get('cy@example.org')).toBeUndefined();
    expect(keys.existing.n).toBe(1);
    expect(keys.pairs.get(0, 1)).toBe(0);
    expect(keys.existing.values(0)).toEqual({ strength: 3, ctx: keys.strs.id('neighbors'), since: keys.strs.id('2020-01-01'), last: 0 });
  });

  it('keeps name keys only when the file names people by name, and marks a name two people share', async () => {
    const byEmail = await readTieKeys({ ...tieRun(), mapping: { 'Email 1': 'personEmail', 'Email 2': 'otherEmail' } }, writer(people, ties));
    expect(byEmail.people.byNameZip.size).toBe(0);
    const byName = await readTieKeys({ ...tieRun(), mapping: { 'Email 1': 'personEmail', 'Name 2': 'otherName' } }, writer(people, ties));
    expect(byName.people.byNameZip.get('ann ruiz|60614')).toBe(0);
    expect(byName.people.byNameZip.get('bo chan|60614')).toBe(AMBIGUOUS);
    expect(byName.people.byNameZipRegion.get('cy diaz|60601|south')).toBe(2);
  });
});
