import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { isEmail, validate } from 'class-validator';
import { OrganizationInput } from '../organizations/dto/organization.input.js';
import { PersonInput } from '../people/dto/person.input.js';
import { TieInput } from '../ties/dto/tie.input.js';
import { compileChecker, plainEmail } from './fast-check.js';

/**
 * Random mixes per form: a few hundred in the unit tier, thousands in `npm run test:slow` (PROPERTY_RUNS),
 * which CI runs too.
 */
const RANDOM_MIXES = Number(process.env.PROPERTY_RUNS ?? 400);

/** Every combination of a few values per field (valid and invalid ones), capped. */
function* samples(pools: Record<string, unknown[]>, cap = RANDOM_MIXES): Generator<Record<string, unknown>> {
  const keys = Object.keys(pools);
  let seed = 1;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
  // Each value of each field at least once with the others valid (the first value of each pool is valid) ...
  for (const k of keys) {
    for (const v of pools[k]) yield Object.fromEntries(keys.map((x) => [x, x === k ? v : pools[x][0]]));
  }
  // ... then random mixes.
  for (let i = 0; i < cap; i++) yield Object.fromEntries(keys.map((k) => [k, pools[k][rand(pools[k].length)]]));
}

async function agree(target: new () => object, pools: Record<string, unknown[]>, skipMissingProperties = false) {
  // The street address and custom fields are nested objects: the bulk path's rows never have them (see bulk-import.ts).
  const fast = compileChecker(target, { skipMissingProperties, absent: target === TieInput ? [] : ['address', 'customFields'] });
  let valid = 0;
  let invalid = 0;
  for (const plain of samples(pools)) {
    const copy = structuredClone(plain);
    const instance = plainToInstance(target, copy);
    const errors = await validate(instance, { forbidUnknownValues: false, skipMissingProperties });
    const { value, ok } = fast.check(structuredClone(plain));
    expect({ plain, ok }).toEqual({ plain, ok: errors.length === 0 });
    expect(value).toEqual({ ...instance });
    if (ok) valid++;
    else invalid++;
  }
  // Both kinds were tried, many times.
  expect(valid).toBeGreaterThan(50);
  expect(invalid).toBeGreaterThan(50);
}

describe('the compiled form rules agree with class-transformer + class-validator', () => {
  it('people', async () => {
    await agree(PersonInput, {
      name: ['Ana Ruiz', '  Bo  ', '', '   ', 'x'.repeat(200), 'x'.repeat(201), null, 42],
      emails: [['ana@example.org'], [], [' ana@example.org ', 'ana@example.org'], ['not-an-email'], ['a@b.c'], [`${'x'.repeat(250)}@example.org`], Array.from({ length: 11 }, (_, i) => `p${i}@example.org`), null, 'ana@example.org', ['', ' ']],
      phones: [['(555) 123-4567'], [], ['+1 555 123 4567'], ['123'], ['555-CALL-NOW'], Array.from({ length: 11 }, () => '5551234567'), null],
      zip: ['60614', null, '', ' 60614 ', '60614-1234', '6061', 'abcde', 60614],
      regionId: ['region-1', '', null, 7],
      kinds: [['MEMBER'], [], ['LEADER', 'ALLY'], ['member'], ['SHOE'], null],
      tags: [['housing'], [], ['x'.repeat(50)], ['x'.repeat(51)], Array.from({ length: 31 }, (_, i) => `t${i}`), null, [' a ', 'a']],
      notes: ['met at the fair', null, '', '  ', 'x'.repeat(200_001), 5],
    });
  });

  it('organizations', async () => {
    await agree(OrganizationInput, {
      name: ['Tenants United', '', '  x  ', 'x'.repeat(201)],
      type: ['PARTNER', 'AFFILIATE_GROUP', 'INSTITUTION', 'church', null, ''],
      issueAreas: [['housing'], [], ['x'.repeat(101)], Array.from({ length: 31 }, (_, i) => `i${i}`), null],
      ledBy: [['POC_LED'], [], ['QUEER_TRANS_LED', 'IMMIGRANT_LED'], ['poc-led'], null],
      zip: ['60614', null, '606'],
      regionId: ['region-1', ''],
      website: ['https://example.org', 'example.org', 'tenants.example.org/about', 'ftp://example.org', 'not a site', '', null, `https://${'x'.repeat(500)}.org`],
      notes: ['n', null, ''],
    });
  });

  it('ties (missing properties skipped, as the import asks)', async () => {
    await agree(TieInput, {
      personId: ['p1', '', null],
      otherPersonId: ['p2', '', null],
      strength: [3, 1, 5, 0, 6, 2.5, '3', 'close', null, -1],
      context: ['neighbors', null, '', '  ', 'x'.repeat(500), 'x'.repeat(501), 7],
      since: ['2024-03-15', null, '', '2024-13-01', '15/03/2024', ' 2024-03-15 ', '2024-02-31'],
    }, true);
  });

  it('one property’s rules on any value (a tie’s last contact uses since’s)', () => {
    const date = compileChecker(TieInput, { skipMissingProperties: true }).property('since');
    expect(date('2024-03-15')).toBe(true);
    expect(date('2024-3-15')).toBe(false);
    expect(date('yesterday')).toBe(false);
  });

  it('refuses what it cannot reproduce rather than guess', () => {
    // Objects as values would be transformed by class-transformer's rules for nested types.
    expect(() => compileChecker(PersonInput).check({ name: { first: 'A' } })).toThrow(/not compiled/);
    // A property declared absent that a row has after all is refused, never passed unchecked.
    expect(() => compileChecker(PersonInput, { absent: ['address', 'customFields'] }).check({ name: 'A', address: { line: 'x'.repeat(500) } })).toThrow(/declared absent/);
  });
});

describe('plain email fast path', () => {
  let seed = 11;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
  const pick = (chars: string, min: number, max: number) => Array.from({ length: min + rand(max - min + 1) }, () => chars[rand(chars.length)]).join('');
  const LOCAL = 'abcXYZ0189_+-.';
  const LABEL = 'abqZ09-';
  const ANY = 'aZ09.-_+@"\' ,;:<>[]()!#$%&*/=?^`{|}~éż\u00a0\uff21\u200b\n';

  it('only ever says yes to addresses isEmail accepts, and says yes to ordinary ones', () => {
    let yes = 0;
    for (let i = 0; i < 30_000; i++) {
      const local = i % 50 === 0 ? pick(LOCAL, 60, 70) : pick(LOCAL, 0, 12);
      const labels = Array.from({ length: 1 + rand(3) }, () => (i % 40 === 0 ? pick(LABEL, 60, 66) : pick(LABEL, 0, 8)));
      const tld = i % 30 === 0 ? pick('abcZ1-', 0, 70) : pick('abcZ', 1, 5);
      const candidates = [`${local}@${labels.join('.')}.${tld}`, pick(ANY, 1, 30), `${pick(LOCAL, 1, 8)}@${pick(ANY, 1, 12)}.org`];
      for (const c of candidates) {
        if (plainEmail(c)) {
          yes++;
          expect([c, isEmail(c)]).toEqual([c, true]);
        }
      }
    }
    expect(yes).toBeGreaterThan(5_000);
    for (const ok of ['ana@example.org', 'Ana.Lee+work@mail.Example.co.uk', 'p0.alt@example.org', 'x_y-z@a-b.io']) expect(plainEmail(ok)).toBe(true);
    for (const no of ['ana@example', 'ana..lee@example.org', '.ana@example.org', 'ana@-x.org', 'ana@x_y.org', '"a"@example.org', 'żółw@example.org', `${'a'.repeat(65)}@example.org`]) expect(plainEmail(no)).toBe(false);
  });
});
