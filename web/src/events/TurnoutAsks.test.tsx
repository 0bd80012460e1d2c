import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { personPick } from '../campaigns/testData';
import { gqlError, renderPage } from '../test/render';
import { EventPage } from './EventPage';
import { event, turnout } from './testData';

const JORGE = personPick('p30', 'Jorge Robinson');
const load = (atLimit: boolean) => ({
  __typename: 'AskLoad',
  person: { __typename: 'Person', id: 'p30', name: 'Jorge Robinson' },
  last30Days: atLimit ? 3 : 1,
  last90Days: atLimit ? 5 : 2,
  limit: 3,
  atLimit,
});

const ask = (id: string, at: string) => ({
  __typename: 'TurnoutAsk',
  id,
  at,
  askedByName: 'Lee Leader',
  person: { __typename: 'Person', id: 'p30', name: 'Jorge Robinson' },
});

async function chooseJorge(user: ReturnType<typeof userEvent.setup>) {
  const form = await screen.findByRole('form', { name: 'Ask people to attend' });
  await user.type(within(form).getByLabelText('Add someone to ask'), 'Jor');
  await user.click(await within(form).findByRole('button', { name: /Jorge Robinson/ }));
  return form;
}

describe('turnout asks', () => {
  it('shows each person’s recent asks, warns at the limit, and asks only after a confirming step', async () => {
    const { requests } = renderPage(<EventPage />, {
      path: '/events/e1',
      route: '/events/:id',
      handlers: {
        Event: () => ({ data: { event: event() } }),
        PeopleSearch: () => ({ data: { people: { __typename: 'PersonConnection', nodes: [JORGE] } } }),
        AskLoad: () => ({ data: { askLoad: [load(true)] } }),
        AskToAttend: () => ({
          data: {
            askToAttend: turnout('TurnoutAsksPayload', {
              turnoutAsks: [{ __typename: 'TurnoutAsk', id: 'ask1', at: '2026-03-01T10:00:00.000Z', askedByName: 'Lee Leader', person: { __typename: 'Person', id: 'p30', name: 'Jorge Robinson' } }],
            }),
          },
        }),
      },
    });
    const user = userEvent.setup();
    const form = await chooseJorge(user);
    const row = await within(form).findByTestId('load-p30');
    expect(await within(row).findByText('At the limit')).toBeInTheDocument();
    expect(row).toHaveTextContent('3 times in the last 30 days (limit 3) · 5 in 90 days');
    expect(within(form).getByText(/Jorge Robinson has already been asked 3 or more times in the last 30 days/)).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Ask 1 person to attend' }));
    const dialog = within(form).getByRole('alertdialog');
    expect(dialog).toHaveTextContent('Ask anyway? Jorge Robinson was asked 3 times in the last 30 days (limit 3).');
    expect(requests.some((r) => r.operationName === 'AskToAttend')).toBe(false);

    await user.click(within(dialog).getByRole('button', { name: 'Ask anyway' }));
    expect(await within(form).findByText('Asked 1 person to attend.')).toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'AskToAttend')?.variables).toEqual({
      eventId: 'e1',
      personIds: ['p30'],
      confirmOverLimit: true,
    });
  });

  it('in Spanish, says how often the person was asked before asking anyway', async () => {
    renderPage(<EventPage />, {
      path: '/events/e1',
      route: '/events/:id',
      locale: 'es',
      handlers: {
        Event: () => ({ data: { event: { ...event(), turnoutAsks: [ask('a1', '2026-03-01T12:00:00.000Z'), ask('a2', '2026-03-08T12:00:00.000Z')] } } }),
        PeopleSearch: () => ({ data: { people: { __typename: 'PersonConnection', nodes: [JORGE] } } }),
        AskLoad: () => ({ data: { askLoad: [load(true)] } }),
      },
    });
    const user = userEvent.setup();
    const asked = (await screen.findByRole('heading', { name: 'Invitadas hasta ahora (1)' })).nextElementSibling!;
    expect(asked).toHaveTextContent(/^Jorge Robinson2 veces, la última 8 mar 2026, \d{1,2}:00.* por Lee Leader$/);
    const form = await screen.findByRole('form', { name: 'Invitar a personas a asistir' });
    await user.type(within(form).getByLabelText('Agregar a alguien a quien invitar'), 'Jor');
    await user.click(await within(form).findByRole('button', { name: /Jorge Robinson/ }));
    await within(form).findByTestId('load-p30');
    expect(within(form).getByRole('status')).toHaveTextContent('⚠ A Jorge Robinson ya se le pidió asistir 3 veces o más en los últimos 30 días.');
    await user.click(within(form).getByRole('button', { name: /^Invitar a 1 persona/ }));
    expect(within(form).getByRole('alertdialog')).toHaveTextContent('¿Invitar de todos modos? A Jorge Robinson se le pidió 3 veces en los últimos 30 días (límite 3).');
  });

  it('asks at once when no one is at the limit', async () => {
    const { requests } = renderPage(<EventPage />, {
      path: '/events/e1',
      route: '/events/:id',
      handlers: {
        Event: () => ({ data: { event: event() } }),
        PeopleSearch: () => ({ data: { people: { __typename: 'PersonConnection', nodes: [JORGE] } } }),
        AskLoad: () => ({ data: { askLoad: [load(false)] } }),
        AskToAttend: () => ({ data: { askToAttend: turnout('TurnoutAsksPayload') } }),
      },
    });
    const user = userEvent.setup();
    const form = await chooseJorge(user);
    await within(form).findByText(/1 time in the last 30 days/);
    await user.click(within(form).getByRole('button', { name: 'Ask 1 person to attend' }));
    expect(await within(form).findByText('Asked 1 person to attend.')).toBeInTheDocument();
    expect(within(form).queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'AskToAttend')?.variables).toEqual({ eventId: 'e1', personIds: ['p30'], confirmOverLimit: false });
  });

  it('shows the gate refusal for a campaign that is not mobilizing', async () => {
    const refusal =
      'Members are not asked to turn out for “Counselors, not cuts”: it is not mobilizing. The regional strategy team has not approved it.';
    renderPage(<EventPage />, {
      path: '/events/e1',
      route: '/events/:id',
      handlers: {
        Event: () => ({ data: { event: event('PROPOSED') } }),
        PeopleSearch: () => ({ data: { people: { __typename: 'PersonConnection', nodes: [JORGE] } } }),
        AskLoad: () => ({ data: { askLoad: [load(false)] } }),
        AskToAttend: () => gqlError(refusal, 'FAILED_PRECONDITION', { missing: ['RST_APPROVED'] }),
      },
    });
    const user = userEvent.setup();
    const turnout = await screen.findByRole('region', { name: 'Turnout asks' });
    expect(turnout).toHaveTextContent('“Counselors, not cuts” is not mobilizing, so members are not asked to turn out for this event yet.');
    const form = await chooseJorge(user);
    await within(form).findByText(/1 time in the last 30 days/);
    await user.click(within(form).getByRole('button', { name: 'Ask 1 person to attend' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(refusal);
  });
});
