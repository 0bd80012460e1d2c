import { CONDITION_GROUPS, peopleStatements, type ConditionGroup } from './lists.queries.js';

/** A text that only each group's conditions hold, on both engines. */
const MARK: Record<ConditionGroup, RegExp> = { contact: /\$lastAfter/, asks: /\$minAsks/, sets: /\$byTags/, search: /\$q\b/ };

describe('people-list statements', () => {
  it('hold only the condition groups a filter uses when it uses last contact or asks alone', () => {
    for (const start of ['all', 'ids', 'zips'] as const) {
      for (const only of ['contact', 'asks'] as const) {
        const { count, page } = peopleStatements({ start, groups: [only] });
        for (const text of [count.embedded, count.neo4j, page.NAME.ASC.embedded, page.LAST_CONTACT.DESC.neo4j]) {
          for (const g of CONDITION_GROUPS) expect([g, MARK[g].test(text)]).toEqual([g, g === only]);
        }
      }
      expect(MARK.contact.test(peopleStatements({ start, groups: []}).count.embedded)).toBe(false);
    }
  });

  it('hold every group for a mix the declared shapes do not have on their own', () => {
    const { count } = peopleStatements({ start: 'all', groups: ['contact', 'search'] });
    for (const g of CONDITION_GROUPS) expect([g, MARK[g].test(count.embedded)]).toEqual([g, true]);
  });
});
