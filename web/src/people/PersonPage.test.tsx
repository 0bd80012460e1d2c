import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { personDetail } from '../test/fixtures';
import { STAFF, renderPage } from '../test/render';
import type { Me } from '../types';
import { PersonPage } from './PersonPage';

const CONNECTOR = { ...STAFF, id: 'acct-c', displayName: 'Casey Connector', role: 'CONNECTOR', allRegions: false } as Me;

describe('person page', () => {
  it('shows “contact details hidden” and no emails or phones when contactHidden', async () => {
    renderPage(<PersonPage />, {
      me: CONNECTOR,
      path: '/people/p1',
      route: '/people/:id',
      handlers: {
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
    renderPage(<PersonPage />, {
      path: '/people/p1',
      route: '/people/:id',
      handlers: {
        Person: () => ({ data: { person: personDetail() } }),
        Connectors: () => ({ data: { accounts: [] } }),
      },
    });
    const contact = await screen.findByRole('region', { name: 'Contact' });
    expect(within(contact).getByRole('link', { name: 'yolanda@example.org' })).toHaveAttribute('href', 'mailto:yolanda@example.org');
    expect(contact).not.toHaveTextContent('hidden');
    const ties = screen.getByRole('region', { name: 'Knows' });
    expect(within(ties).getByRole('link', { name: 'Marcus Brown' })).toHaveAttribute('href', '/people/p2');
    expect(within(ties).getByRole('img', { name: 'Strength 4 of 5' })).toBeInTheDocument();
    const orgs = screen.getByRole('region', { name: 'Organizations' });
    expect(within(orgs).getByRole('link', { name: 'Westside Tenants Union' })).toHaveAttribute('href', '/organizations/o1');
    expect(screen.getByRole('region', { name: 'History' })).toHaveTextContent('Added Yolanda Reyes');
  });

  it('asks for confirmation naming the person before deleting', async () => {
    const { requests } = renderPage(<PersonPage />, {
      path: '/people/p1',
      route: '/people/:id',
      handlers: {
        Person: () => ({ data: { person: personDetail() } }),
        Connectors: () => ({ data: { accounts: [] } }),
        DeletePerson: () => ({ data: { deletePerson: 'p1' } }),
      },
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
});
