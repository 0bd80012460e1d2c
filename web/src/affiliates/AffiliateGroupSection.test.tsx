import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { localToday } from '../interactions/queries';
import { gqlError, renderPage } from '../test/render';
import { AffiliateGroupSection, nextMouSteps } from './AffiliateGroupSection';

function group(mou: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Organization',
    id: 'g1',
    name: 'Our Revolution Chicago North',
    type: 'AFFILIATE_GROUP',
    version: 4,
    canEdit: true,
    zip: '60614',
    areaMiles: 8,
    place: { __typename: 'Place', zip: '60614', city: 'Chicago', state: 'IL', latitude: 41.92, longitude: -87.65 },
    mou: { __typename: 'Mou', sentOn: null, signedOn: null, terminatedOn: null, ...mou },
    pointOfContact: { __typename: 'Person', id: 'p9', name: 'Keisha Park' },
    endorsementAsks: [
      {
        __typename: 'EndorsementAsk',
        id: 'a1',
        status: 'ENDORSED',
        askedOn: '2026-08-15',
        decidedOn: '2026-09-01',
        nextStep: null,
        asker: null,
        campaign: null,
        candidate: { __typename: 'Candidate', id: 'c1', name: 'Alicia Moreno', party: 'Democratic' },
      },
    ],
    ...extra,
  };
}

describe('affiliate group section', () => {
  it('shows the MOU, point of contact, area and endorsement asks', async () => {
    renderPage(<AffiliateGroupSection organizationId="g1" />, {
      handlers: { AffiliateGroup: () => ({ data: { organization: group({ status: 'SENT', sentOn: '2025-10-01' }) } }) },
    });
    expect(await screen.findByTestId('mou-status')).toHaveTextContent('Sent');
    expect(screen.getByText('Oct 1, 2025')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Keisha Park' })).toHaveAttribute('href', '/people/p9');
    expect(screen.getByText(/Within 8 miles of Chicago, IL 60614/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Organizes within/)).toHaveValue(8);
    const asks = screen.getByTestId('org-endorsement-asks');
    expect(within(asks).getByText('Alicia Moreno')).toBeInTheDocument();
    expect(within(asks).getByText('Endorsed')).toBeInTheDocument();
    // From sent, it can be signed or terminated.
    expect(screen.getByRole('button', { name: 'Mark signed' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark terminated' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark sent' })).not.toBeInTheDocument();
  });

  it('offers the steps that can follow each status', () => {
    expect(nextMouSteps('NONE').map((s) => s.status)).toEqual(['SENT', 'SIGNED']);
    expect(nextMouSteps('SIGNED').map((s) => s.status)).toEqual(['TERMINATED']);
    expect(nextMouSteps('TERMINATED').map((s) => s.label)).toEqual(['Mark a new MOU sent', 'Mark signed']);
  });

  // After the plain-function test above: a Spanish render leaves the module-level language in Spanish.
  it('details each endorsement ask in Spanish: what was asked for, when asked and decided, and by whom', async () => {
    const endorsed = group({ status: 'SIGNED', sentOn: '2025-10-01', signedOn: '2025-11-01' });
    renderPage(<AffiliateGroupSection organizationId="g1" />, {
      locale: 'es',
      handlers: {
        AffiliateGroup: () => ({
          data: { organization: { ...endorsed, endorsementAsks: [{ ...endorsed.endorsementAsks[0], asker: { __typename: 'Person', id: 'p9', name: 'Keisha Park' } }] } },
        }),
      },
    });
    const asks = await screen.findByTestId('org-endorsement-asks');
    expect(within(asks).getByText('candidatura · pedido el 15 ago 2026 · decidido el 1 sept 2026 · por Keisha Park')).toBeInTheDocument();
  });

  it('shows the server’s date problem beside the date field when marking the MOU signed', async () => {
    const { requests } = renderPage(<AffiliateGroupSection organizationId="g1" />, {
      handlers: {
        AffiliateGroup: () => ({ data: { organization: group({ status: 'SENT', sentOn: '2025-10-01' }) } }),
        SetMou: () =>
          gqlError('The MOU was sent on 2025-10-01: it cannot be signed before that.', 'BAD_USER_INPUT', {
            fields: [{ field: 'date', message: 'The MOU was sent on 2025-10-01: it cannot be signed before that.' }],
          }),
      },
    });
    const user = userEvent.setup();
    const date = await screen.findByLabelText(/^Date/);
    expect(date).toHaveValue(localToday());
    await user.clear(date);
    await user.type(date, '2025-09-01');
    await user.click(screen.getByRole('button', { name: 'Mark signed' }));

    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    expect(date).toHaveAccessibleDescription(/^The MOU was sent on 2025-10-01: it cannot be signed before that\./);
    expect(within(date.closest('.field') as HTMLElement).getByText(/cannot be signed before that/)).toBeInTheDocument();
    await waitFor(() => expect(date).toHaveFocus());
    expect(requests.find((r) => r.operationName === 'SetMou')?.variables).toEqual({
      input: { organizationId: 'g1', version: 4, status: 'SIGNED', date: '2025-09-01' },
    });
  });

  it('records the MOU signed and shows the new status', async () => {
    renderPage(<AffiliateGroupSection organizationId="g1" />, {
      handlers: {
        AffiliateGroup: () => ({ data: { organization: group({ status: 'NONE' }) } }),
        SetMou: (v) => {
          const { date } = v.input as { date: string };
          const { endorsementAsks: _, ...rest } = group({ status: 'SIGNED', sentOn: date, signedOn: date }, { version: 5 });
          return { data: { setMou: rest } };
        },
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Mark signed' }));
    await waitFor(() => expect(screen.getByTestId('mou-status')).toHaveTextContent('Signed'));
    expect(screen.getByRole('status')).toHaveTextContent(/MOU marked signed/);
    expect(screen.getByRole('button', { name: 'Mark terminated' })).toBeInTheDocument();
  });
  it('changes the point of contact from the group’s page', async () => {
    let contact = { __typename: 'Person', id: 'p9', name: 'Keisha Park' };
    const { requests } = renderPage(<AffiliateGroupSection organizationId="g1" />, {
      handlers: {
        AffiliateGroup: () => ({ data: { organization: group({ status: 'SIGNED' }, { pointOfContact: contact }) } }),
        PeopleSearch: () => ({
          data: { people: { __typename: 'PersonConnection', nodes: [{ __typename: 'Person', id: 'p4', name: 'Dana Whit', zip: '60614', region: { __typename: 'Region', id: 'region-a', name: 'Great Lakes' } }] } },
        }),
        AssignRole: () => {
          contact = { __typename: 'Person', id: 'p4', name: 'Dana Whit' };
          return { data: { assignRole: { __typename: 'RoleAssignment', id: 'r2' } } };
        },
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Change' }));
    const form = screen.getByRole('form', { name: 'Assign a role on Our Revolution Chicago North' });
    expect(within(form).getByLabelText(/^Role/)).toHaveValue('POINT_OF_CONTACT');
    await user.type(within(form).getByLabelText(/^Person/), 'dana');
    await user.click(await within(form).findByRole('button', { name: /Dana Whit/ }));
    await user.click(within(form).getByRole('button', { name: 'Assign role' }));
    expect(await screen.findByRole('link', { name: 'Dana Whit' })).toHaveAttribute('href', '/people/p4');
    expect(requests.find((r) => r.operationName === 'AssignRole')?.variables.input).toMatchObject({ organizationId: 'g1', personId: 'p4', role: 'POINT_OF_CONTACT' });
  });
});
