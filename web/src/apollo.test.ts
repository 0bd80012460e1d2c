import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gql } from '@apollo/client';
import { buildSchema, getNamedType, getNullableType, isListType, isObjectType } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMBEDDED_FIELDS, createCache } from './apollo';

/** From the schema: each record type's fields whose values have no id (so the cache keeps them inside the record). */
function embeddedFieldsOfSchema() {
  const schema = buildSchema(readFileSync(resolve(__dirname, '../../schema/schema.graphql'), 'utf8'));
  const out: Record<string, { lists: string[]; objects: string[] }> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || !type.getFields().id) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (!isObjectType(named) || named.getFields().id) continue;
      const entry = (out[type.name] ??= { lists: [], objects: [] });
      (isListType(getNullableType(field.type)) ? entry.lists : entry.objects).push(field.name);
    }
  }
  return out;
}

const TEAM = gql`
  fragment TeamMembers on Team {
    id
    name
    members {
      since
      person {
        id
        name
      }
    }
  }
`;

describe('cache policies', () => {
  afterEach(() => vi.restoreAllMocks());

  it('cover every field of a record whose values have no id, as the schema has them', () => {
    const sorted = (m: typeof EMBEDDED_FIELDS) =>
      Object.fromEntries(Object.entries(m).sort().map(([t, v]) => [t, { lists: [...v.lists].sort(), objects: [...v.objects].sort() }]));
    expect(sorted(EMBEDDED_FIELDS)).toEqual(sorted(embeddedFieldsOfSchema()));
  });

  it('replace such a list with the newer answer, silently, keeping the record’s other fields', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const cache = createCache();
    const member = (id: string) => ({ __typename: 'TeamMember', since: null, person: { __typename: 'Person', id, name: id } });
    const write = (members: unknown[]) =>
      cache.writeFragment({ id: 'Team:t1', fragment: TEAM, data: { __typename: 'Team', id: 't1', name: 'Housing', members } });
    write([member('a'), member('b')]);
    write([member('b')]);
    expect(cache.extract()['Team:t1']).toMatchObject({ name: 'Housing', members: [{ person: { __ref: 'Person:b' } }] });
    expect(warn.mock.calls.flat().join(' ')).not.toMatch(/Cache data may be lost/);
  });

  it('replace a list of records a write answers with whole, silently, when it gets shorter', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const cache = createCache();
    const roles = gql`
      fragment CampaignRoleIds on Campaign {
        id
        roles {
          id
        }
      }
    `;
    const write = (ids: string[]) =>
      cache.writeFragment({ id: 'Campaign:c1', fragment: roles, data: { __typename: 'Campaign', id: 'c1', roles: ids.map((id) => ({ __typename: 'RoleAssignment', id })) } });
    write(['r1', 'r2']);
    write(['r2']);
    expect(cache.extract()['Campaign:c1']).toMatchObject({ roles: [{ __ref: 'RoleAssignment:r2' }] });
    expect(warn.mock.calls.flat().join(' ')).not.toMatch(/Cache data may be lost/);
  });
});
