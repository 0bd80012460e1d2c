import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../test/render';
import { DuplicatesPage } from './DuplicatesPage';

const person = (id: string, name: string, version = 1) => ({ __typename: 'Person', id, name, zip: '60614', emails: ['maria@example.org'], phones: [], version });
const full = (id: string, name: string, version: number, extra: object = {}) => ({
  __typename: 'Person', id, name, version, zip: '60614', notes: null, region: { __typename: 'Region', id: 'r1', name: 'Great Lakes' },
  emails: ['maria@example.org'], phones: [], contactHidden: false, kinds: ['MEMBER'], tags: [], ties: [], affiliations: [], address: null, customFields: [],
  history: [{ __typename: 'Change', id: `h-${id}`, at: '2026-01-01T10:00:00.000Z', summary: 'Created', byName: 'Demo Leader' }], ...extra,
});
const merge = (undoneAt: string | null = null) => ({
  __typename: 'RecordMerge', id: 'm1', entityType: 'person', at: '2026-01-02T10:00:00.000Z', keptId: 'p2', mergedId: 'p1', keptName: 'Garcia, Maria', mergedName: 'María García', undoneAt,
});

describe('duplicates page', () => {
  it('lists each likely pair with its reasons and links to both records', async () => {
    renderPage(<DuplicatesPage />, {
      handlers: {
        Duplicates: () => ({
          data: {
            duplicatePeople: [{ __typename: 'PersonDuplicate', score: 6, reasons: ['Same email', 'Same name in the same zip code'], a: person('p1', 'María García'), b: person('p2', 'Garcia, Maria') }],
            duplicateOrganizations: [],
          },
        }),
        RecentMerges: () => ({ data: { recentMerges: [] } }),
      },
    });
    expect(await screen.findByText('Same email, Same name in the same zip code')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'María García' })).toHaveAttribute('href', '/people/p1');
    expect(screen.getByRole('link', { name: 'Garcia, Maria' })).toHaveAttribute('href', '/people/p2');
    expect(screen.getByText('No likely duplicate organizations found.')).toBeInTheDocument();
    expect(await screen.findByText('No merges yet.')).toBeInTheDocument();
  });

  it('merges a pair into the chosen record after a confirm step naming both, then undoes it', async () => {
    let merged = false;
    let undone = false;
    const { requests } = renderPage(<DuplicatesPage />, {
      handlers: {
        Duplicates: () => ({
          data: {
            duplicatePeople: merged && !undone ? [] : [{ __typename: 'PersonDuplicate', score: 3, reasons: ['Same email'], a: person('p1', 'María García', 4), b: person('p2', 'Garcia, Maria', 7) }],
            duplicateOrganizations: [],
          },
        }),
        RecentMerges: () => ({ data: { recentMerges: merged ? [merge(undone ? '2026-01-02T11:00:00.000Z' : null)] : [] } }),
        ComparePeople: () => ({
          data: {
            a: full('p1', 'María García', 4, {
              zip: '60623', emails: ['maria.g@example.org'], tags: ['parent'],
              address: { __typename: 'StreetAddress', line: '1450 W 18th St', city: 'Chicago', state: 'IL' },
              customFields: [{ __typename: 'CustomFieldValue', key: 'shirt', label: 'Shirt size', value: 'M', values: [] }],
            }),
            b: full('p2', 'Garcia, Maria', 7, {
              ties: [{ __typename: 'Tie', person: { __typename: 'Person', id: 'p9', name: 'Omar Friend' } }],
              customFields: [{ __typename: 'CustomFieldValue', key: 'languages', label: 'Languages', value: null, values: ['Spanish', 'English'] }],
            }),
          },
        }),
        MergePeople: () => {
          merged = true;
          return { data: { mergePeople: { __typename: 'PersonMergeResult', moved: 5, combined: 1, dropped: 1, merge: merge(), person: { __typename: 'Person', id: 'p2', name: 'Garcia, Maria', version: 8 } } } };
        },
        UndoMerge: () => {
          undone = true;
          return { data: { undoMerge: { __typename: 'UndoMergeResult', skipped: 0, merge: merge('2026-01-02T11:00:00.000Z') } } };
        },
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Compare and merge María García and Garcia, Maria' }));
    const compare = await screen.findByTestId('compare');
    // Side by side: each record's details, what tells them apart, its links and history.
    expect(within(compare).getByText('maria.g@example.org, zip 60623, Great Lakes')).toBeInTheDocument();
    expect(within(compare).getByText('maria@example.org, zip 60614, Great Lakes')).toBeInTheDocument();
    expect(within(compare).getByText('1 link: Omar Friend')).toBeInTheDocument();
    expect(within(compare).getAllByText(/Created/)).toHaveLength(2);
    // Keep the second record, but the first one's zip code; emails and tags of both (the default for lists).
    await user.click(within(compare).getByRole('radio', { name: 'Keep Garcia, Maria (maria@example.org, zip 60614, Great Lakes)' }));
    await user.click(within(compare).getByRole('radio', { name: 'Use the zip code of María García (maria.g@example.org, zip 60623, Great Lakes)' }));
    // The street address is taken whole from one record; custom field values come from both by default.
    expect(within(compare).getByText('1450 W 18th St, Chicago, IL')).toBeInTheDocument();
    expect(within(compare).getByText('Languages: Spanish / English')).toBeInTheDocument();
    await user.click(within(compare).getByRole('radio', { name: 'Use the street address of María García (maria.g@example.org, zip 60623, Great Lakes)' }));
    await user.click(within(compare).getByRole('button', { name: 'Merge these two…' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('Keep Garcia, Maria (maria@example.org, zip 60614, Great Lakes) and merge María García (maria.g@example.org, zip 60623, Great Lakes) into it?');
    expect(dialog).toHaveTextContent('name: Garcia, Maria; emails: both (maria.g@example.org; maria@example.org); zip code: 60623; tags: both (parent; —)');
    await user.click(within(dialog).getByRole('button', { name: 'Keep Garcia, Maria and merge' }));

    expect(await screen.findByText(/Merged María García into Garcia, Maria: 5 relationships moved, 1 tie combined/)).toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'MergePeople')!.variables).toEqual({
      keepId: 'p2', mergeId: 'p1', keepVersion: 7, mergeVersion: 4,
      values: [
        { field: 'name', take: 'KEPT' }, { field: 'emails', take: 'BOTH' }, { field: 'zip', take: 'MERGED' }, { field: 'tags', take: 'BOTH' },
        { field: 'address', take: 'MERGED' }, { field: 'customFields', take: 'BOTH' },
      ],
    });
    expect(await screen.findByTestId('recent-merge')).toHaveTextContent('María García merged into Garcia, Maria');
    expect(screen.getByText('No likely duplicate people found.')).toBeInTheDocument();

    await user.click(within(screen.getByText(/Merged María García into/)).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Undone: María García is back as a record of its own.')).toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'UndoMerge')!.variables).toEqual({ mergeId: 'm1' });
    await waitFor(() => expect(screen.getByTestId('recent-merge')).toHaveTextContent('Undone'));
    expect(await screen.findByRole('button', { name: 'Compare and merge María García and Garcia, Maria' })).toBeInTheDocument();
  });

  it('merges a pair of organizations into the chosen one', async () => {
    const org = (id: string, name: string, version: number) => ({ __typename: 'Organization', id, name, zip: '60614', website: null, version });
    const { requests } = renderPage(<DuplicatesPage />, {
      handlers: {
        Duplicates: () => ({ data: { duplicatePeople: [], duplicateOrganizations: [{ __typename: 'OrganizationDuplicate', score: 3, reasons: ['Same name'], a: org('o1', 'Tenants Union', 2), b: org('o2', 'The Tenants Union', 5) }] } }),
        RecentMerges: () => ({ data: { recentMerges: [] } }),
        CompareOrganizations: () => ({
          data: {
            a: { __typename: 'Organization', id: 'o1', name: 'Tenants Union', version: 2, zip: '60614', notes: null, region: { __typename: 'Region', id: 'r1', name: 'Great Lakes' }, type: 'PARTNER', website: null, issueAreas: ['housing'], ledBy: [], affiliations: [], history: [] },
            b: { __typename: 'Organization', id: 'o2', name: 'The Tenants Union', version: 5, zip: '60614', notes: null, region: { __typename: 'Region', id: 'r1', name: 'Great Lakes' }, type: 'PARTNER', website: null, issueAreas: ['housing'], ledBy: [], affiliations: [], history: [] },
          },
        }),
        MergeOrganizations: () => ({
          data: { mergeOrganizations: { __typename: 'OrganizationMergeResult', moved: 3, combined: 0, dropped: 0, merge: { ...merge(), entityType: 'organization', keptName: 'Tenants Union', mergedName: 'The Tenants Union' }, organization: { __typename: 'Organization', id: 'o1', name: 'Tenants Union', version: 3 } } },
        }),
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Compare and merge Tenants Union and The Tenants Union' }));
    await user.click(await screen.findByRole('button', { name: 'Merge these two…' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Keep Tenants Union (zip 60614, Great Lakes) and merge The Tenants Union (zip 60614, Great Lakes) into it? Everything linked to the second moves to the first, which then has: name: Tenants Union.');
    await user.click(screen.getByRole('button', { name: 'Keep Tenants Union and merge' }));
    expect(await screen.findByText(/Merged The Tenants Union into Tenants Union: 3 relationships moved/)).toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'MergeOrganizations')!.variables).toEqual({ keepId: 'o1', mergeId: 'o2', keepVersion: 2, mergeVersion: 5, values: [{ field: 'name', take: 'KEPT' }] });
  });

  it('in Spanish, names the organizations’ types, leadership and members’ ties in Spanish, and asks in one Spanish sentence', async () => {
    const org = (id: string, name: string, version: number) => ({ __typename: 'Organization', id, name, zip: '60614', website: null, version });
    const side = (id: string, name: string, version: number, extra: object) => ({
      __typename: 'Organization', id, name, version, zip: '60614', notes: null, region: { __typename: 'Region', id: 'r1', name: 'Great Lakes' },
      type: 'PARTNER', website: null, issueAreas: ['housing'], ledBy: [], affiliations: [], history: [], ...extra,
    });
    renderPage(<DuplicatesPage />, {
      locale: 'es',
      handlers: {
        Duplicates: () => ({ data: { duplicatePeople: [], duplicateOrganizations: [{ __typename: 'OrganizationDuplicate', score: 3, reasons: ['Mismo nombre'], a: org('o1', 'Unión de Inquilinos', 2), b: org('o2', 'La Unión de Inquilinos', 5) }] } }),
        RecentMerges: () => ({ data: { recentMerges: [] } }),
        CompareOrganizations: () => ({
          data: {
            a: side('o1', 'Unión de Inquilinos', 2, {
              ledBy: ['IMMIGRANT_LED'],
              affiliations: [
                { __typename: 'Affiliation', kind: 'MEMBER_OF', person: { __typename: 'Person', id: 'p1', name: 'Rosa Díaz' } },
                { __typename: 'Affiliation', kind: 'LEADS', person: { __typename: 'Person', id: 'p2', name: 'Luis Ortiz' } },
              ],
            }),
            b: side('o2', 'La Unión de Inquilinos', 5, { type: 'AFFILIATE_GROUP' }),
          },
        }),
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Comparar y fusionar Unión de Inquilinos y La Unión de Inquilinos' }));
    const compare = await screen.findByTestId('compare');
    expect(within(compare).getByText('Organización aliada')).toBeInTheDocument();
    expect(within(compare).getByText('Grupo afiliado')).toBeInTheDocument();
    expect(within(compare).getByText('Liderada por inmigrantes')).toBeInTheDocument();
    expect(within(compare).getByText('2 vínculos: Rosa Díaz (miembro de), Luis Ortiz (dirige)')).toBeInTheDocument();
    await user.click(within(compare).getByRole('radio', { name: 'Usar tipo de La Unión de Inquilinos (C.P. 60614, Great Lakes)' }));
    await user.click(within(compare).getByRole('button', { name: 'Fusionar estas dos…' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent(
      '¿Conservar Unión de Inquilinos (C.P. 60614, Great Lakes) y fusionar La Unión de Inquilinos (C.P. 60614, Great Lakes) con esa ficha? Todo lo vinculado a la segunda pasa a la primera, que queda con: nombre: Unión de Inquilinos; tipo: Grupo afiliado; liderada por: ambos (Liderada por inmigrantes; —).',
    );
    expect(screen.getByRole('button', { name: 'Conservar Unión de Inquilinos y fusionar' })).toBeInTheDocument();
  });

  it('undoes from Recent merges and shows why an undo is refused', async () => {
    renderPage(<DuplicatesPage />, {
      handlers: {
        Duplicates: () => ({ data: { duplicatePeople: [], duplicateOrganizations: [] } }),
        RecentMerges: () => ({ data: { recentMerges: [merge()] } }),
        UndoMerge: () => ({ errors: [{ message: 'Garcia, Maria has been edited since the merge; undoing it would overwrite those edits, so it cannot be undone. Edit the record by hand instead.', extensions: { code: 'FAILED_PRECONDITION' } }] }),
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Undo the merge of María García into Garcia, Maria' }));
    expect(await screen.findByText(/has been edited since the merge/)).toBeInTheDocument();
  });
});
