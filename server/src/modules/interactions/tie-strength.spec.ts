import { addContact, contactPairs, derivedStrength, removeContact, shownStrength, scoreOn } from './tie-strength.js';

describe('tie strength', () => {
  it('grows with contact and fades by half every 180 days', () => {
    const one = addContact(null, 1, '2025-01-01');
    expect(derivedStrength(one, '2025-01-01')).toBeCloseTo(3.53, 2);
    expect(derivedStrength(addContact(one, 1, '2025-01-01'), '2025-01-01')).toBeCloseTo(4.46, 2);
    expect(scoreOn(one, '2025-06-30')).toBeCloseTo(0.5, 2);
    expect(derivedStrength(one, '2026-01-01')).toBeCloseTo(1.9, 1);
    expect(derivedStrength(null, '2025-01-01')).toBe(1);
  });

  it('gives the same score whatever order contacts are logged in', () => {
    const inOrder = addContact(addContact(null, 1, '2025-01-01'), 0.5, '2025-04-01');
    const backdated = addContact(addContact(null, 0.5, '2025-04-01'), 1, '2025-01-01');
    expect(scoreOn(inOrder, '2025-09-01')).toBeCloseTo(scoreOn(backdated, '2025-09-01'), 10);
  });

  it('takes a contact back out as if it had never been logged, whenever it was', () => {
    const both = addContact(addContact(null, 1, '2025-01-01'), 0.5, '2025-04-01');
    expect(scoreOn(removeContact(both, 1, '2025-01-01'), '2025-09-01')).toBeCloseTo(scoreOn(addContact(null, 0.5, '2025-04-01'), '2025-09-01'), 10);
    expect(scoreOn(removeContact(both, 0.5, '2025-04-01'), '2025-09-01')).toBeCloseTo(scoreOn(addContact(null, 1, '2025-01-01'), '2025-09-01'), 10);
    expect(removeContact(addContact(null, 1, '2025-01-01'), 1, '2025-01-01')).toBeNull();
    expect(removeContact(null, 1, '2025-01-01')).toBeNull();
  });

  it('shows the strength set by hand when it is higher', () => {
    expect(shownStrength(5, null, '2025-01-01')).toBe(5);
    expect(shownStrength(2, addContact(null, 1, '2025-01-01'), '2025-01-01')).toBe(3.5);
  });

  it('pairs the host with everyone, and the rest of a small group more weakly', () => {
    expect(contactPairs('h', ['h', 'a'], 1)).toEqual([{ a: 'a', b: 'h', weight: 1 }]);
    const group = contactPairs('h', ['h', 'a', 'b'], 0.5);
    expect(group).toEqual(expect.arrayContaining([{ a: 'a', b: 'h', weight: 0.5 }, { a: 'b', b: 'h', weight: 0.5 }, { a: 'a', b: 'b', weight: 0.125 }]));
    expect(group).toHaveLength(3);
    const big = contactPairs('h', ['h', ...Array.from({ length: 20 }, (_, i) => `p${i}`)], 0.3);
    expect(big).toHaveLength(20);
  });
});
