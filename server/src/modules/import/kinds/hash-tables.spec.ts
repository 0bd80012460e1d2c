import { randomUUID } from 'node:crypto';
import { IdMap, KeyIndex, PairTable, TextTable } from './hash-tables.js';

describe('TextTable (email or id → person for the ties import)', () => {
  const emails = (n: number) => Array.from({ length: n }, (_, i) => `Person.${i}+x@Example${i % 97}.org`);

  it('finds every email it holds, whatever the case, and nothing else, across growth', () => {
    const t = new TextTable(true, 4);
    const list = emails(50_000);
    list.forEach((e, i) => t.set(e, i));
    expect(t.size).toBe(50_000);
    for (let i = 0; i < list.length; i += 7) {
      expect(t.get(list[i])).toBe(i);
      expect(t.get(list[i].toUpperCase())).toBe(i);
      expect(t.get(list[i].toLowerCase())).toBe(i);
    }
    expect(t.get('person.1+x@example2.org')).toBeUndefined();
    expect(t.get('nobody@example.org')).toBeUndefined();
    expect(t.get('')).toBeUndefined();
  });

  it('folds case as toLowerCase does, beyond ASCII too', () => {
    const t = new TextTable(true);
    t.set('ŻANETA@Łódź.pl', 1);
    t.set('kelvin@example.org', 2);
    expect(t.get('żaneta@łódź.pl')).toBe(1);
    expect(t.get('Żaneta@ŁÓDŹ.PL')).toBe(1);
    // U+212A KELVIN SIGN lower-cases to an ASCII k.
    expect(t.get('\u212Aelvin@example.org')).toBe(2);
    expect(t.get('zaneta@lodz.pl')).toBeUndefined();
  });

  it('without folding, case counts (record ids)', () => {
    const t = new TextTable(false);
    t.set('Ab-1', 1);
    t.set('ab-1', 2);
    expect([t.get('Ab-1'), t.get('ab-1'), t.get('AB-1'), t.size]).toEqual([1, 2, undefined, 2]);
  });

  it('the later person wins for the same email, as Map.set', () => {
    const t = new TextTable(true);
    t.set('a@b.org', 1);
    t.set('A@B.org', 2);
    expect(t.size).toBe(1);
    expect(t.get('a@b.org')).toBe(2);
  });

  it('lookupMany gives what get gives, for hits and misses', () => {
    const t = new TextTable(true);
    const list = emails(10_000);
    list.forEach((e, i) => t.set(e, i * 3));
    const asked = [...list.filter((_, i) => i % 3 === 0), ...emails(20_000).slice(10_000), 'x@y.z'];
    const hashes = new Int32Array(asked.length * 2);
    asked.forEach((e, i) => t.hash(e.toUpperCase(), hashes, 2 * i));
    const out = new Int32Array(asked.length);
    t.lookupMany(hashes, asked.length, out);
    asked.forEach((e, i) => expect(out[i]).toBe(t.get(e) ?? -1));
    expect([...out].filter((p) => p >= 0)).toHaveLength(Math.ceil(10_000 / 3));
  });
});

describe('KeyIndex (match keys of the bulk import)', () => {
  it('acts as a Map<string, string>: last set wins, case kept, across growth', () => {
    const k = new KeyIndex();
    const m = new Map<string, string>();
    for (let i = 0; i < 30_000; i++) {
      const key = i % 3 === 0 ? `e:p${i % 9000}@example.org` : `n:Person ${i}|6061${i % 10}|R${i % 4}`;
      k.set(key, `id-${i}`);
      m.set(key, `id-${i}`);
    }
    expect(k.size).toBe(m.size);
    for (const [key, id] of m) expect(k.get(key)).toBe(id);
    expect(k.get('n:person 1|60611|R1')).toBeUndefined();
    expect(k.get('n:Person 1|60611|r1')).toBeUndefined();
    expect(k.get('')).toBeUndefined();
  });
});

describe('pair table', () => {
  it('finds every pair it holds, and no other, across growth', () => {
    const t = new PairTable(4);
    for (let i = 0; i < 100_000; i++) t.set(i % 1000, Math.floor(i / 1000), i);
    expect(t.size).toBe(100_000);
    for (let i = 0; i < 100_000; i += 7) expect(t.get(i % 1000, Math.floor(i / 1000))).toBe(i);
    expect(t.get(5, 100)).toBeUndefined();
    t.set(3, 4, -7);
    expect(t.get(3, 4)).toBe(-7);
    expect(t.size).toBe(100_000);
  });
});

describe('pair table getOrAdd', () => {
  it('adds a pair once and then gives its value back, across growth', () => {
    const t = new PairTable(4);
    for (let i = 0; i < 50_000; i++) expect(t.getOrAdd(i % 500, Math.floor(i / 500), -1 - i)).toBeUndefined();
    expect(t.size).toBe(50_000);
    for (let i = 0; i < 50_000; i += 13) expect(t.getOrAdd(i % 500, Math.floor(i / 500), 99)).toBe(-1 - i);
    expect(t.size).toBe(50_000);
    expect(t.get(499, 99)).toBe(-50_000);
  });
});

describe('pair table reserve', () => {
  it('makes room once and keeps every pair', () => {
    const t = new PairTable(4);
    for (let i = 0; i < 1000; i++) t.set(i, i + 1, i);
    t.reserve(100_000);
    for (let i = 0; i < 1000; i++) expect(t.get(i, i + 1)).toBe(i);
    for (let i = 1000; i < 101_000; i++) t.set(i, i + 1, i);
    expect(t.size).toBe(101_000);
    expect(t.get(100_999, 101_000)).toBe(100_999);
  });
});

describe('IdMap (new records by id in the bulk import)', () => {
  it('answers as a Map does: set, overwrite, get, has, size, ids and values in the order first set', () => {
    const map = new Map<string, number>();
    const ids = new IdMap<number>(8);
    const all = Array.from({ length: 30_000 }, () => randomUUID());
    for (let i = 0; i < 60_000; i++) {
      const id = all[(i * 7919) % all.length];
      map.set(id, i);
      ids.set(id, i);
    }
    expect(ids.size).toBe(map.size);
    expect(ids.ids).toEqual([...map.keys()]);
    expect(ids.values).toEqual([...map.values()]);
    for (const id of all.slice(0, 500)) expect([ids.get(id), ids.has(id)]).toEqual([map.get(id), map.has(id)]);
    expect([ids.get('not-there'), ids.has('not-there')]).toEqual([undefined, false]);
  });
});
