import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { REGIONS_RESULT, STAFF, gqlError, renderPage } from '../test/render';
import { EventEditPage } from './EventFormPage';
import { EventPage } from './EventPage';
import { personPick } from '../campaigns/testData';
import { event, turnout } from './testData';

const person = (id: string, name: string) => ({ __typename: 'Person', id, name });

describe('event page', () => {
  it('takes back an attendance after asking, and deletes the event after naming what goes with it', async () => {
    const attendance = [{ __typename: 'Attendance', person: person('p30', 'Jorge Robinson'), broughtBy: null }];
    const removal = {
      __typename: 'Change',
      id: 'h1',
      action: 'updated',
      at: '2026-03-13T10:00:00.000Z',
      byName: 'Lee Leader',
      summary: 'Removed the attendance of Jorge Robinson',
      changes: [],
    };
    const { requests } = renderPage(<EventPage />, {
      path: '/events/e1',
      route: '/events/:id',
      handlers: {
        Event: () => ({ data: { event: { ...event(), attendance } } }),
        // The answer is the event after the change: the page follows it without reading the event again.
        RemoveAttendance: () => ({ data: { removeAttendance: turnout('EventAttendancePayload', { history: [removal] }) } }),
        DeleteEvent: () => ({ data: { deleteEvent: 'e1' } }),
      },
    });
    const user = userEvent.setup();
    const section = (await screen.findByRole('heading', { name: 'Attendance (1)' })).closest('section')!;
    await user.click(within(section).getByRole('button', { name: 'Remove' }));
    expect(within(section).getByRole('alertdialog')).toHaveTextContent('Remove Jorge Robinson’s attendance? Their membership stays.');
    await user.click(within(section).getByRole('button', { name: 'Remove attendance' }));
    expect(await screen.findByRole('heading', { name: 'Attendance (0)' })).toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'RemoveAttendance')?.variables).toEqual({ eventId: 'e1', personId: 'p30' });
    expect(await screen.findByText('Removed the attendance of Jorge Robinson')).toBeInTheDocument();
    expect(requests.filter((r) => r.operationName === 'Event')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Delete Budget hearing turnout? Memberships that attending brought stay.');
    await user.click(screen.getByRole('button', { name: 'Delete Budget hearing turnout' }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
  });

  it('changes an RSVP from its row: the list and counts follow the answer, without reading the event again', async () => {
    const rsvp = (status: string) => ({
      __typename: 'Rsvp',
      status,
      fromPublicPage: false,
      invitedByText: null,
      invitedBy: null,
      person: person('p30', 'Jorge Robinson'),
    });
    const { requests } = renderPage(<EventPage />, {
      path: '/events/e1',
      route: '/events/:id',
      handlers: {
        Event: () => ({ data: { event: { ...event(), rsvps: [rsvp('YES')] } } }),
        SetRsvp: (v) => ({ data: { setRsvp: turnout('EventRsvpsPayload', { rsvps: [rsvp((v.input as { status: string }).status)] }) } }),
      },
    });
    const user = userEvent.setup();
    const section = (await screen.findByRole('heading', { name: 'RSVPs' })).closest('section')!;
    expect(within(section).getByText(/^1 yes · 0 maybe · 0 no/)).toBeInTheDocument();
    await user.selectOptions(within(section).getByLabelText('RSVP of Jorge Robinson'), 'NO');
    await waitFor(() => expect(within(section).getByText(/^0 yes · 0 maybe · 1 no/)).toBeInTheDocument());
    expect(within(section).getByLabelText('RSVP of Jorge Robinson')).toHaveValue('NO');
    expect(requests.find((r) => r.operationName === 'SetRsvp')?.variables).toEqual({ input: { eventId: 'e1', personId: 'p30', status: 'NO' } });
    expect(requests.filter((r) => r.operationName === 'Event')).toHaveLength(1);
  });

  it('offers RSVPs but not attendance before the event has happened, and attendance once it has', async () => {
    renderPage(<EventPage />, {
      path: '/events/e1',
      route: '/events/:id',
      handlers: { Event: () => ({ data: { event: { ...event(), date: '2999-06-01' } } }) },
    });
    const section = (await screen.findByRole('heading', { name: 'Attendance (0)' })).closest('section')!;
    expect(within(section).getByRole('note')).toHaveTextContent(
      'This event is on Jun 1, 2999: record who came once it has happened. RSVPs can be recorded now.',
    );
    expect(within(section).queryByRole('form', { name: 'Record attendance' })).not.toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Record an RSVP' })).toBeInTheDocument();
  });

  it('in Spanish, names what goes with a deleted event and says who attended, with Spanish plurals and list', async () => {
    const rsvp = (id: string, name: string) => ({
      __typename: 'Rsvp',
      status: 'YES',
      fromPublicPage: false,
      invitedByText: null,
      invitedBy: null,
      person: person(id, name),
    });
    renderPage(<EventPage />, {
      path: '/events/e1',
      route: '/events/:id',
      locale: 'es',
      handlers: {
        Event: () => ({
          data: {
            event: {
              ...event(),
              rsvps: [rsvp('p31', 'Ana Peña'), rsvp('p32', 'Luis Ortiz')],
              attendance: [{ __typename: 'Attendance', person: person('p33', 'Rosa Díaz'), broughtBy: null }],
            },
          },
        }),
        PeopleSearch: () => ({
          data: { people: { __typename: 'PersonConnection', nodes: [personPick('p30', 'Jorge Robinson'), personPick('p31', 'Ana Peña')] } },
        }),
        RecordAttendance: () => ({
          data: {
            recordAttendance: turnout('EventAttendancePayload', {
              rsvps: [rsvp('p31', 'Ana Peña'), rsvp('p32', 'Luis Ortiz')],
              attendance: [
                { __typename: 'Attendance', person: person('p33', 'Rosa Díaz'), broughtBy: null },
                { __typename: 'Attendance', person: person('p30', 'Jorge Robinson'), broughtBy: person('p31', 'Ana Peña') },
              ],
            }),
          },
        }),
      },
    });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Registrar asistencia' });
    await user.type(within(form).getByLabelText('Quién vino'), 'Jorge');
    await user.click(await within(form).findByRole('button', { name: /Jorge Robinson/ }));
    await user.type(within(form).getByLabelText('Traída por (opcional)'), 'Ana');
    await user.click(await within(form).findByRole('button', { name: /Ana Peña/ }));
    await user.click(within(form).getByRole('button', { name: 'Registrar asistencia' }));
    expect(await screen.findByText('Jorge Robinson asistió, traída por Ana Peña.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Eliminar' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('¿Eliminar Budget hearing turnout con 2 confirmaciones y la asistencia de 2 personas?');
  });

  it('in Spanish, counts the RSVPs in one sentence with Spanish plurals, and asks before taking one back', async () => {
    const rsvp = (id: string, name: string, status: string) => ({
      __typename: 'Rsvp',
      status,
      fromPublicPage: false,
      invitedByText: null,
      invitedBy: null,
      person: person(id, name),
    });
    renderPage(<EventPage />, {
      path: '/events/e1',
      route: '/events/:id',
      locale: 'es',
      handlers: {
        Event: () => ({
          data: {
            event: {
              ...event(),
              rsvps: [
                { ...rsvp('p31', 'Ana Peña', 'YES'), fromPublicPage: true, invitedBy: person('p5', 'Rosa Delgado') },
                rsvp('p32', 'Luis Ortiz', 'YES'),
                rsvp('p33', 'Rosa Díaz', 'NO'),
                rsvp('p34', 'Eva Cruz', 'INVITED'),
              ],
            },
          },
        }),
      },
    });
    const user = userEvent.setup();
    const section = (await screen.findByRole('heading', { name: 'Confirmaciones' })).closest('section')!;
    expect(within(section).getByText('2 dijeron que sí · 0 dijeron quizás · 1 dijo que no · 1 persona invitada sin respuesta')).toBeInTheDocument();
    const ana = within(section).getByRole('link', { name: 'Ana Peña' }).closest('li')!;
    expect(ana).toHaveTextContent('Por la página de confirmación · invitada por Rosa Delgado');
    expect(within(ana).getByRole('link', { name: 'Rosa Delgado' })).toHaveAttribute('href', '/people/p5');
    const row = within(section).getByText('Rosa Díaz').closest('li')!;
    await user.click(within(row).getByRole('button', { name: 'Quitar' }));
    expect(within(row).getByRole('alertdialog')).toHaveTextContent('¿Quitar la confirmación de Rosa Díaz?');
    expect(within(row).getByRole('button', { name: 'Quitar confirmación' })).toBeInTheDocument();
  });

  it('shows the server’s refusal of an attendance', async () => {
    renderPage(<EventPage />, {
      path: '/events/e1',
      route: '/events/:id',
      handlers: {
        Event: () => ({ data: { event: { ...event(), date: '2020-06-01' } } }),
        PeopleSearch: () => ({ data: { people: { __typename: 'PersonConnection', nodes: [personPick('p30', 'Jorge Robinson')] } } }),
        RecordAttendance: () => gqlError('“Budget hearing turnout” is on 2020-06-01 and has not happened yet: record who came once it has.', 'BAD_USER_INPUT'),
      },
    });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Record attendance' });
    await user.type(within(form).getByLabelText('Who came'), 'Jorge');
    await user.click(await within(form).findByRole('button', { name: /Jorge Robinson/ }));
    await user.click(within(form).getByRole('button', { name: 'Record attendance' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('has not happened yet: record who came once it has.');
  });

  it('edits an event; a conflict keeps what was typed and offers their version', async () => {
    let version = 1;
    const { requests } = renderPage(<EventEditPage />, {
      path: '/events/e1/edit',
      route: '/events/:id/edit',
      handlers: {
        Regions: () => REGIONS_RESULT,
        Event: () => ({ data: { event: { ...event(), version, location: version === 1 ? 'City Hall' : 'Union hall' } } }),
        CampaignOptions: () => ({ data: { campaigns: [{ __typename: 'Campaign', id: 'c1', name: 'Counselors, not cuts', status: 'MOBILIZING' }] } }),
        UpdateEvent: (v) =>
          v.version !== version
            ? gqlError('Someone else changed this event since you opened it.', 'CONFLICT')
            : { data: { updateEvent: { __typename: 'Event', id: 'e1', version: version + 1 } } },
      },
    });
    const user = userEvent.setup();
    const name = await screen.findByLabelText(/^Name/);
    version = 2;
    await user.clear(name);
    await user.type(name, 'Budget hearing');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this event while you were editing');
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Budget hearing');
    await user.click(screen.getByRole('button', { name: 'Load their latest version' }));
    expect(await screen.findByDisplayValue('Union hall')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Elsewhere');
    const updates = requests.filter((r) => r.operationName === 'UpdateEvent');
    expect(updates.map((u) => u.variables.version)).toEqual([1, 2]);
    expect(updates[1].variables.input).toMatchObject({ name: 'Budget hearing turnout', location: 'Union hall', campaignId: 'c1', regionId: 'region-a' });
  });
  it('turns the public RSVP page on, shows its link, and shows RSVPs sent through it with who invited them', async () => {
    let rsvpPage = { __typename: 'RsvpPage', on: false, token: null as string | null };
    const rsvps = [
      {
        __typename: 'Rsvp',
        status: 'YES',
        fromPublicPage: true,
        invitedByText: 'rosa',
        invitedBy: person('p5', 'Rosa Delgado'),
        person: person('p40', 'Nina Newcomer'),
      },
      { __typename: 'Rsvp', status: 'YES', fromPublicPage: true, invitedByText: 'a flyer', invitedBy: null, person: person('p41', 'Pat Walkin') },
      { __typename: 'Rsvp', status: 'MAYBE', fromPublicPage: false, invitedByText: null, invitedBy: null, person: person('p42', 'Kim Member') },
    ];
    const { requests } = renderPage(<EventPage />, {
      path: '/events/e1',
      route: '/events/:id',
      handlers: {
        Event: () => ({ data: { event: { ...event(), date: '2999-06-01', rsvps, rsvpPage } } }),
        SetEventRsvpPage: (v) => {
          rsvpPage = { ...rsvpPage, on: Boolean(v.on), token: rsvpPage.token ?? 'tok_AbCdEf123456' };
          return { data: { setEventRsvpPage: { __typename: 'Event', id: 'e1', rsvpPage } } };
        },
      },
    });
    const user = userEvent.setup();
    const card = (await screen.findByRole('heading', { name: 'Public RSVP page' })).closest('section')!;
    const box = within(card).getByRole('checkbox', { name: 'Anyone with the link can RSVP, without an account' });
    expect(box).not.toBeChecked();
    expect(within(card).queryByTestId('rsvp-page-link')).not.toBeInTheDocument();
    await user.click(box);
    const link = await within(card).findByTestId('rsvp-page-link');
    expect(link).toHaveAttribute('href', `${window.location.origin}/rsvp/tok_AbCdEf123456`);
    expect(box).toBeChecked();
    expect(requests.find((r) => r.operationName === 'SetEventRsvpPage')?.variables).toEqual({ id: 'e1', on: true });
    await user.click(box);
    await waitFor(() => expect(within(card).queryByTestId('rsvp-page-link')).not.toBeInTheDocument());
    expect(requests.filter((r) => r.operationName === 'SetEventRsvpPage').map((r) => r.variables.on)).toEqual([true, false]);

    const list = screen.getByRole('heading', { name: 'RSVPs' }).closest('section')!;
    const nina = within(list).getByRole('link', { name: 'Nina Newcomer' }).closest('li')!;
    expect(nina).toHaveTextContent('Through the RSVP page · invited by Rosa Delgado');
    expect(within(nina).getByRole('link', { name: 'Rosa Delgado' })).toHaveAttribute('href', '/people/p5');
    expect(within(list).getByRole('link', { name: 'Pat Walkin' }).closest('li')).toHaveTextContent('Through the RSVP page · “who invited you”: a flyer');
    expect(within(list).getByRole('link', { name: 'Kim Member' }).closest('li')).not.toHaveTextContent('RSVP page');
  });

  it('shows a connector whether the RSVP page is open, without a switch', async () => {
    renderPage(<EventPage />, {
      path: '/events/e1',
      route: '/events/:id',
      me: { ...STAFF, role: 'CONNECTOR' } as typeof STAFF,
      handlers: { Event: () => ({ data: { event: { ...event(), rsvpPage: { __typename: 'RsvpPage', on: true, token: 'tok_AbCdEf123456' } } } }) },
    });
    const card = (await screen.findByRole('heading', { name: 'Public RSVP page' })).closest('section')!;
    expect(within(card).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(card).toHaveTextContent('Open: anyone with the link can RSVP.');
  });
});
