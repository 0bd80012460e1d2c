import { buildSchema } from 'graphql';
import type { NextFunction, Request, Response } from 'express';
import { checkQuery, QUERY_LIMITS, QueryLimitError, queryTokenLimit } from './query-limits.js';

const schema = buildSchema(`
  type Person { id: ID! name: String! ties: [Tie!]! }
  type Tie { strength: Float! person: Person! }
  type Query { person(id: ID!): Person people(first: Int): [Person!]! }
`);

/** What the server answers a query with: the first limit's code and message, or the number of other errors. */
function check(source: string): { code?: string; message?: string; errors: number } {
  const errors = checkQuery(schema, source);
  const limit = errors.map((e) => e.originalError).find((e) => e instanceof QueryLimitError);
  return limit ? { code: limit.code, message: limit.message, errors: errors.length } : { errors: errors.length };
}

const tiesChain = (hops: number) => {
  let inner = 'id name';
  for (let i = 0; i < hops; i++) inner = `id ties { strength person { ${inner} } }`;
  return `{ person(id: "p1") { ${inner} } }`;
};

describe('query limits', () => {
  it('lets an ordinary page query through', () => {
    expect(check('{ person(id: "p1") { id name ties { strength person { id name } } } }')).toEqual({ errors: 0 });
  });

  it('refuses a query nested deeper than the depth limit, naming the limit and what it found', () => {
    let q = 'id';
    for (let i = 0; i < 30; i++) q = `ties { person { ${q} } }`;
    const r = check(`{ person(id: "p1") { ${q} } }`);
    expect(r).toMatchObject({ code: 'QUERY_TOO_DEEP'});
    expect(r.message).toMatch(new RegExp(`depth limit of ${QUERY_LIMITS.depth} exceeded, found 62\\.`));
    expect(r.message).not.toMatch(/Syntax Error/);
  });

  it('refuses many aliases of one list (the same page asked for again and again)', () => {
    const aliases = Array.from({ length: QUERY_LIMITS.aliases + 1 }, (_, i) => `a${i}: people(first: 1) { id }`).join(' ');
    const r = check(`{ ${aliases} }`);
    expect(r).toMatchObject({ code: 'QUERY_TOO_MANY_ALIASES'});
    expect(r.message).toMatch(`Aliases limit of ${QUERY_LIMITS.aliases} exceeded, found ${QUERY_LIMITS.aliases + 1}.`);
    // One alias fewer is allowed.
    const allowed = Array.from({ length: QUERY_LIMITS.aliases }, (_, i) => `a${i}: person(id: "p${i}") { id }`).join(' ');
    expect(check(`{ ${allowed} }`)).toEqual({ errors: 0 });
  });

  it('refuses too many directives', () => {
    const fields = Array.from({ length: QUERY_LIMITS.directives + 1 }, () => 'id @include(if: true)').join(' ');
    expect(check(`{ person(id: "p1") { ${fields} } }`)).toMatchObject({ code: 'QUERY_TOO_MANY_DIRECTIVES'});
  });

  it('refuses a costly fan-out: seven hops of ties pass, eight do not', () => {
    expect(check(tiesChain(7))).toEqual({ errors: 0 });
    const r = check(tiesChain(8));
    expect(r).toMatchObject({ code: 'QUERY_TOO_COMPLEX'});
    expect(r.message).toMatch(`Cost limit of ${QUERY_LIMITS.cost} exceeded`);
  });

  it('counts a literal page size in the cost', () => {
    expect(check('{ people(first: 10) { id name ties { strength person { id name } } } }')).toEqual({ errors: 0 });
    expect(check('{ people(first: 100) { id name ties { strength person { id name ties { strength person { id } } } } } }')).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });

  it('stops a 5,000-level-deep selection while parsing it, with the same clean refusal and no stack overflow', () => {
    const deep = '{ person(id: "p1") ' + '{ ties { person '.repeat(2500) + '{ id }' + ' } }'.repeat(2500) + ' }';
    const r = check(deep);
    expect(r).toMatchObject({ code: 'QUERY_TOO_LARGE'});
    expect(r.message).toMatch(`Token limit of ${QUERY_LIMITS.tokens} exceeded.`);
    // The same with fields the schema does not have: refused for its size before anything looks at the fields.
    expect(check('{ a '.repeat(5000) + '}'.repeat(5000))).toMatchObject({ code: 'QUERY_TOO_LARGE' });
  });

  it('checks a deep fragment spread into the operation as it nests', () => {
    let f = 'id';
    for (let i = 0; i < 12; i++) f = `ties { person { ${f} } }`;
    const r = check(`fragment Deep on Person { ${f} } { person(id: "p1") { ...Deep } }`);
    expect(r).toMatchObject({ code: 'QUERY_TOO_DEEP' });
  });

  it('counts a fragment spread as no level: written with fragments, a query is refused at the same depth as written out', () => {
    // Depth only: the cost of a long chain would refuse it first.
    const limits = { ...QUERY_LIMITS, cost: Number.MAX_SAFE_INTEGER };
    // `levels` levels of fields: person, then ties and person alternately, then id.
    const writtenOut = (levels: number) => {
      let inner = 'id';
      for (let i = 2; i < levels; i++) inner = `${i % 2 ? 'ties' : 'person'} { ${inner} }`;
      return `{ person(id: "p1") { ${inner} } }`;
    };
    // The same fields, each hop of ties a fragment spreading the next, as colocated fragments nest.
    const withFragments = (levels: number) => {
      const hops = (levels - 2) / 2;
      const fragments = Array.from({ length: hops }, (_, i) =>
        i === hops - 1 ? `fragment Hop${i} on Person { ties { person { id } } }` : `fragment Hop${i} on Person { ties { person { ...Hop${i + 1} } } }`,
      );
      return `${fragments.join(' ')} { person(id: "p1") { ...Hop0 } }`;
    };
    const depthRefusal = (source: string) =>
      checkQuery(schema, source, limits)
        .map((e) => e.originalError)
        .find((e) => e instanceof QueryLimitError)?.message;

    const allowed = QUERY_LIMITS.depth;
    expect(checkQuery(schema, writtenOut(allowed), limits)).toEqual([]);
    expect(checkQuery(schema, withFragments(allowed), limits)).toEqual([]);
    const refused = `Query depth limit of ${QUERY_LIMITS.depth} exceeded, found ${allowed + 2}.`;
    expect(depthRefusal(writtenOut(allowed + 2))).toMatch(refused);
    expect(depthRefusal(withFragments(allowed + 2))).toMatch(refused);
    // An inline fragment adds no level either.
    expect(depthRefusal(writtenOut(allowed + 2).replace('person(id: "p1") {', 'person(id: "p1") { ... on Person {') + ' }')).toMatch(refused);
  });

  it('leaves a plain syntax error to the parser’s own message', () => {
    expect(() => checkQuery(schema, '{ person(id: "p1") { id }')).toThrow(/Syntax Error: Expected Name, found <EOF>/);
  });

  it('refuses a query over the token limit every time it is sent, while the queries it let through are remembered', () => {
    const limit = queryTokenLimit();
    const send = (query: string) => {
      let status = 200;
      let passed = false;
      const res = { status: (s: number) => ((status = s), res), json: () => res } as unknown as Response;
      limit({ body: { query } } as Request, res, (() => (passed = true)) as NextFunction);
      return passed ? 'passed' : status;
    };
    const huge = '{ a '.repeat(600) + '}'.repeat(600);
    // More accepted texts than are remembered, the same ones again, and the huge one between them.
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 600; i++) expect(send(`{ person(id: "p${i}") { id } }`)).toBe('passed');
      expect(send(huge)).toBe(400);
    }
  });
});
