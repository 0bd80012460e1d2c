import { parse } from 'graphql';
import { readsSchema } from './introspection.plugin.js';

describe('readsSchema', () => {
  it('finds __schema and __type wherever they are asked for, fragments too', () => {
    expect(readsSchema(parse('{ __schema { queryType { name } } }'))).toBe(true);
    expect(readsSchema(parse('{ me { id } __type(name: "Person") { name } }'))).toBe(true);
    expect(readsSchema(parse('query Q { ...S } fragment S on Query { __schema { types { name } } }'))).toBe(true);
    expect(readsSchema(parse('{ ... on Query { __type(name: "Person") { name } } }'))).toBe(true);
  });

  it('leaves ordinary queries and __typename alone', () => {
    expect(readsSchema(parse('{ __typename me { id __typename } }'))).toBe(false);
    expect(readsSchema(parse('query People { people(first: 5) { nodes { id name } } }'))).toBe(false);
  });
});
