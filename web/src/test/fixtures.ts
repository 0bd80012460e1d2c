// Server-shaped results (with __typename, as the real server sends them to Apollo Client).
const region = (id = 'region-a', name = 'Great Lakes') => ({ __typename: 'Region', id, name });

export function personRow(id: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Person',
    id,
    name,
    emails: [`${id}@example.org`],
    phones: ['(555) 010-0000'],
    contactHidden: false,
    zip: '60623',
    kinds: ['MEMBER'],
    region: region(),
    ...extra,
  };
}

export function personDetail(extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Person',
    id: 'p1',
    name: 'Yolanda Reyes',
    emails: ['yolanda@example.org'],
    phones: ['(555) 010-4242'],
    contactHidden: false,
    zip: '60623',
    address: null,
    customFields: [],
    region: region(),
    kinds: ['MEMBER', 'LEADER'],
    tags: ['parent'],
    notes: 'Met at the spring assembly.',
    version: 3,
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-02-01T10:00:00.000Z',
    canEdit: true,
    canDelete: true,
    ties: [
      {
        __typename: 'Tie',
        strength: 4,
        context: 'house meeting',
        since: '2024-03-01',
        until: null,
        lastContact: null,
        interactionCount: 0,
        person: { __typename: 'Person', id: 'p2', name: 'Marcus Brown' },
      },
    ],
    affiliations: [
      {
        __typename: 'Affiliation',
        kind: 'WORKS_AT',
        title: 'Organizer',
        since: null,
        until: null,
        organization: { __typename: 'Organization', id: 'o1', name: 'Westside Tenants Union' },
      },
    ],
    assignees: [],
    history: [
      {
        __typename: 'Change',
        id: 'h1',
        action: 'create',
        at: '2026-01-05T10:00:00.000Z',
        byName: 'Sam Staff',
        summary: 'Added Yolanda Reyes',
        changes: [],
      },
      {
        __typename: 'Change',
        id: 'h2',
        action: 'tie set',
        at: '2026-01-06T10:00:00.000Z',
        byName: 'Sam Staff',
        summary: 'Tie changed',
        changes: [{ __typename: 'FieldChange', field: 'strength', from: '3', to: '4.5' }],
      },
    ],
    ...extra,
  };
}

export function page(nodes: unknown[], endCursor: string | null, hasNextPage: boolean, totalCount: number) {
  return { __typename: 'PersonConnection', totalCount, pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage }, nodes };
}
