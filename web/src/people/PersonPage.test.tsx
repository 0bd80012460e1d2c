import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { personDetail } from '../test/fixtures';
import { REGIONS_RESULT, STAFF, gqlError, renderPage, type Handler } from '../test/render';
import type { Me } from '../types';
import { PersonPage } from './PersonPage';

const CONNECTOR: Me = { ...STAFF, id: 'acct-c', displayName: 'Casey Connector', role: 'CONNECTOR', allRegions: false };

/** Yolanda Reyes's page for staff, with these handlers besides the page's own queries. */
const renderYolanda = (handlers: Record<string, Handler> = {}) => renderPage(<PersonPage />, {
  path: '/people/p1',
  route: '/people/:id',
  handlers: {
    Regions: () => REGIONS_RESULT,
    Person: () => ({ data: { person: personDetail() } }),
    Connectors: () => ({ data: { accounts: [] } }),
    ...handlers,
  },
});

describe('person page', () => {
  it('shows “contact details hidden” and no emails or phones when contactHidden', async () => {
    renderPage(<PersonPage />, {
      me: CONNECTOR,
      path: '/people/p1',
      route: '/people/:id',
      handlers: {
        Regions: () => REGIONS_RESULT,
        Person: () => ({ data: { person: personDetail({ emails: null, phones: null, contactHidden: true, canDelete: false }) } }),
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Yolanda Reyes' })).toBeInTheDocument();
    const contact = screen.getByRole('region', { name: 'Contact' });
    expect(contact).toHaveTextContent('Contact details hidden');
    expect(within(contact).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByText('yolanda@example.org')).not.toBeInTheDocument();
    // Connectors neither delete nor assign.
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Assigned connectors' })).not.toBeInTheDocument();
  });

  it('shows contact details, ties both ways with links, affiliations and history when visible', async () => {
    renderYolanda();
    const contact = await screen.findByRole('region', { name: 'Contact' });
    expect(within(contact).getByRole('link', { name: 'yolanda@example.org' })).toHaveAttribute('href', 'mailto:yolanda@example.org');
    expect(contact).not.toHaveTextContent('hidden');
    const ties = screen.getByRole('region', { name: 'Knows' });
    expect(within(ties).getByRole('link', { name: 'Marcus Brown' })).toHaveAttribute('href', '/people/p2');
    expect(within(ties).getByRole('img', { name: 'Strength 4.0 of 5' })).toBeInTheDocument();
    const orgs = screen.getByRole('region', { name: 'Organizations' });
    expect(within(orgs).getByRole('link', { name: 'Westside Tenants Union' })).toHaveAttribute('href', '/organizations/o1');
    expect(screen.getByRole('region', { name: 'History' })).toHaveTextContent('Added Yolanda Reyes');
    expect(screen.getByRole('region', { name: 'History' })).toHaveTextContent('Strength: 3.0 → 4.5');
  });

  it('edits an affiliation: its end date, with the error beside the field, keeping the organization and relationship', async () => {
    let refused = false;
    const { requests } = renderYolanda({
      AddAffiliation: () => {
        if (!refused) {
          refused = true;
          return gqlError('Please correct 1 field: until.', 'BAD_USER_INPUT', { fields: [{ field: 'until', message: 'Enter a date as YYYY-MM-DD, like 2024-03-15.' }] });
        }
        return { data: { addAffiliation: { __typename: 'Affiliation', kind: 'WORKS_AT' } } };
      },
    });
    const user = userEvent.setup();
    const orgs = await screen.findByRole('region', { name: 'Organizations' });
    await user.click(within(orgs).getByRole('button', { name: 'Edit works at Westside Tenants Union' }));
    const form = within(orgs).getByRole('form', { name: 'Edit works at Westside Tenants Union' });
    // The organization and the relationship identify the affiliation: not offered for change.
    expect(within(form).queryByLabelText('Organization')).not.toBeInTheDocument();
    expect(within(form).queryByLabelText('Relationship')).not.toBeInTheDocument();
    expect(within(form).getByLabelText('Title')).toHaveValue('Organizer');
    await user.type(within(form).getByLabelText('Ended'), '2025-06-30');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const ended = within(form).getByLabelText('Ended');
    await waitFor(() => expect(ended).toHaveAttribute('aria-invalid', 'true'));
    expect(ended).toHaveAccessibleDescription(/Enter a date as YYYY-MM-DD/);
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(orgs).queryByRole('form')).not.toBeInTheDocument());
    const saves = requests.filter((r) => r.operationName === 'AddAffiliation');
    expect(saves[1].variables).toEqual({ input: { personId: 'p1', organizationId: 'o1', kind: 'WORKS_AT', title: 'Organizer', since: null, until: '2025-06-30' } });
  });

  it('removes a tie and an affiliation: the lists and history follow the answers, without reading the person again', async () => {
    const change = (id: string, summary: string) => ({ __typename: 'Change', id, action: 'deleted', at: '2026-03-01T10:00:00.000Z', byName: 'Sam Staff', summary, changes: [] });
    const { requests } = renderYolanda({
      RemoveTie: () => ({
        data: {
          removeTie: {
            __typename: 'TieRemovalPayload',
            person: { __typename: 'Person', id: 'p1', ties: [], history: [change('h3', 'Tie removed')] },
            otherPerson: { __typename: 'Person', id: 'p2', ties: [], history: [change('h3', 'Tie removed')] },
          },
        },
      }),
      RemoveAffiliation: () => ({
        data: {
          removeAffiliation: {
            __typename: 'AffiliationRemovalPayload',
            person: { __typename: 'Person', id: 'p1', affiliations: [], history: [change('h4', 'Affiliation removed: works at'), change('h3', 'Tie removed')] },
            organization: { __typename: 'Organization', id: 'o1', affiliations: [], history: [change('h4', 'Affiliation removed: works at')] },
          },
        },
      }),
    });
    const user = userEvent.setup();
    const ties = await screen.findByRole('region', { name: 'Knows' });
    await user.click(within(ties).getByRole('button', { name: 'Remove' }));
    await user.click(within(ties).getByRole('button', { name: 'Remove tie' }));
    expect(await within(ties).findByText('No ties recorded in your regions.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'History' })).toHaveTextContent('Tie removed');
    expect(requests.find((r) => r.operationName === 'RemoveTie')?.variables).toEqual({ personId: 'p1', otherPersonId: 'p2' });

    const orgs = screen.getByRole('region', { name: 'Organizations' });
    await user.click(within(orgs).getByRole('button', { name: 'Remove' }));
    await user.click(within(orgs).getByRole('button', { name: 'Remove affiliation' }));
    expect(await within(orgs).findByText('No organizations recorded in your regions.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'History' })).toHaveTextContent('Affiliation removed: works at');
    expect(requests.find((r) => r.operationName === 'RemoveAffiliation')?.variables).toEqual({ personId: 'p1', organizationId: 'o1', kind: 'WORKS_AT' });

    expect(requests.filter((r) => r.operationName === 'Person')).toHaveLength(1);
  });

  it('asks for confirmation naming the person before deleting', async () => {
    const { requests } = renderYolanda({
      DeletePerson: () => ({ data: { deletePerson: 'p1' } }),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('Delete Yolanda Reyes?');
    expect(requests.some((r) => r.operationName === 'DeletePerson')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Delete Yolanda Reyes' }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'DeletePerson')?.variables).toEqual({ id: 'p1' });
  });

  it('in Spanish, asks before deleting in one Spanish question naming the person', async () => {
    renderPage(<PersonPage />, {
      path: '/people/p1',
      route: '/people/:id',
      locale: 'es',
      handlers: { Regions: () => REGIONS_RESULT, Person: () => ({ data: { person: personDetail() } }), Connectors: () => ({ data: { accounts: [] } }) },
    });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Eliminar' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent(
      '¿Eliminar Yolanda Reyes? Sus vínculos y afiliaciones también se eliminan. Esto no se puede deshacer.',
    );
  });

  it('adds a tie to a person picked by search, showing the server’s field errors beside strength and since', async () => {
    let refused = false;
    const { requests } = renderYolanda({
      PeopleSearch: () => ({
        data: {
          people: {
            __typename: 'PersonConnection',
            nodes: [
              { __typename: 'Person', id: 'p1', name: 'Yolanda Reyes', zip: null, region: { __typename: 'Region', id: 'region-a', name: 'Great Lakes' } },
              { __typename: 'Person', id: 'p7', name: 'Imani Martinez', zip: '60609', region: { __typename: 'Region', id: 'region-a', name: 'Great Lakes' } },
            ],
          },
        },
      }),
      SetTie: () => {
        if (!refused) {
          refused = true;
          return gqlError('Please correct 1 field: since.', 'BAD_USER_INPUT', { fields: [{ field: 'since', message: 'Enter a date in the past.' }] });
        }
        return { data: { setTie: { __typename: 'Tie', strength: 5 } } };
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a tie' }));
    const form = screen.getByRole('form', { name: 'Add a tie for Yolanda Reyes' });
    await user.type(within(form).getByLabelText('Person they know'), 'Ima');
    // The person themself is not offered.
    const match = await within(form).findByRole('button', { name: /Imani Martinez/ });
    expect(within(form).queryByRole('button', { name: /Yolanda Reyes/ })).not.toBeInTheDocument();
    await user.click(match);
    await user.selectOptions(within(form).getByLabelText('Strength'), '5');
    await user.type(within(form).getByLabelText('Since'), '2099-01-01');
    await user.click(within(form).getByRole('button', { name: 'Save tie' }));

    const since = within(form).getByLabelText('Since');
    await waitFor(() => expect(since).toHaveAttribute('aria-invalid', 'true'));
    expect(since).toHaveAccessibleDescription('Enter a date in the past.');
    expect(within(form).getByLabelText('Strength')).not.toHaveAttribute('aria-invalid');

    await user.clear(since);
    await user.type(since, '2024-05-01');
    await user.click(within(form).getByRole('button', { name: 'Save tie' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Add a tie for Yolanda Reyes' })).not.toBeInTheDocument());
    const sets = requests.filter((r) => r.operationName === 'SetTie');
    expect(sets[1].variables).toEqual({ input: { personId: 'p1', otherPersonId: 'p7', strength: 5, context: null, since: '2024-05-01', until: null } });
  });
  it('links the signed-in account to this record with “This is me”, and shows “This is you” with a way back', async () => {
    const { requests } = renderPage(<PersonPage />, {
      me: CONNECTOR,
      path: '/people/p1',
      route: '/people/:id',
      handlers: {
        Person: () => ({ data: { person: personDetail({ canDelete: false }) } }),
        SetMyPerson: (v) => ({ data: { setMyPerson: { __typename: 'Account', id: 'acct-c', person: v.personId ? { __typename: 'Person', id: 'p1', name: 'Yolanda Reyes' } : null } } }),
        Me: () => ({ data: { me: null } }),
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'This is me' }));
    await waitFor(() => expect(requests.find((r) => r.operationName === 'SetMyPerson')?.variables).toEqual({ personId: 'p1' }));
  });

  it('says “This is you” on the linked record, and offers nothing on someone else’s once linked', async () => {
    const linked = { ...CONNECTOR, person: { id: 'p1', name: 'Yolanda Reyes' } };
    renderPage(<PersonPage />, {
      me: linked,
      path: '/people/p1',
      route: '/people/:id',
      handlers: { Person: () => ({ data: { person: personDetail({ canDelete: false }) } }) },
    });
    expect(await screen.findByText('This is you')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Not me' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'This is me' })).not.toBeInTheDocument();
  });
});
