import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../test/render';
import { RacePage } from './RacePage';

const org = (id: string, name: string) => ({ __typename: 'Organization', id, name });
const candidate = (id: string, name: string, party: string) => ({ __typename: 'Candidate', id, name, party });
const ALICIA = candidate('c1', 'Alicia Moreno', 'Democratic');
const BRETT = candidate('c2', 'Brett Collins', 'Republican');
const region = { __typename: 'Region', id: 'region-a', name: 'Great Lakes' };

function race(aliciaGroups = [org('g1', 'Chicago North'), org('g2', 'Chicago South'), org('g3', 'Education Equity')]) {
  return {
    __typename: 'Race',
    id: 'r1',
    name: 'State Senate District 3',
    version: 1,
    electionDate: '2026-11-03',
    zip: '60614',
    areaMiles: 20,
    region,
    candidates: [
      { ...ALICIA, asks: [] },
      { ...BRETT, asks: [{ __typename: 'EndorsementAsk', id: 'k9', status: 'ASKED', version: 2, organization: org('g5', 'Evanston Local') }] },
    ],
    endorsements: {
      __typename: 'RaceEndorsements',
      groupsInArea: 4,
      majority: ALICIA,
      tallies: [
        { __typename: 'CandidateTally', candidate: ALICIA, groupCount: aliciaGroups.length, groups: aliciaGroups },
        { __typename: 'CandidateTally', candidate: BRETT, groupCount: 1, groups: [org('g4', 'Westside Local')] },
      ],
      counterEndorsements: [{ __typename: 'CounterEndorsement', organization: org('g4', 'Westside Local'), endorsed: BRETT, against: ALICIA }],
    },
    history: [],
  };
}

describe('race page', () => {
  it('surfaces the majority candidate, tallies each candidate, and flags the counter-endorsement', async () => {
    renderPage(<RacePage />, { path: '/races/r1', route: '/races/:id', handlers: { Race: () => ({ data: { race: race() } }) } });
    const majority = await screen.findByTestId('majority');
    expect(majority).toHaveTextContent('Alicia Moreno (Democratic)');
    expect(majority).toHaveTextContent('3 of 4 groups in the area endorsed them.');
    const tallies = screen.getByTestId('tallies');
    expect(within(tallies).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Alicia Moreno \(Democratic\)3 of 4 Majority/),
      expect.stringMatching(/^Brett Collins \(Republican\)1 of 4/),
    ]);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('1 counter-endorsement');
    expect(alert).toHaveTextContent('Westside Local endorsed Brett Collins (Republican), against Alicia Moreno (Democratic).');
  });

  it('says the race’s election and area in Spanish', async () => {
    renderPage(<RacePage />, { path: '/races/r1', route: '/races/:id', locale: 'es', handlers: { Race: () => ({ data: { race: race() } }) } });
    expect(await screen.findByText('Elección del 3 nov 2026')).toBeInTheDocument();
    expect(screen.getByText('A menos de 20 millas del C.P. 60614 · Great Lakes')).toBeInTheDocument();
  });

  it('records a group’s endorsement: a new one, or moves the group’s existing ask to endorsed', async () => {
    let endorsers = [org('g1', 'Chicago North'), org('g2', 'Chicago South'), org('g3', 'Education Equity')];
    const { requests } = renderPage(<RacePage />, {
      path: '/races/r1',
      route: '/races/:id',
      handlers: {
        Race: () => ({ data: { race: race(endorsers) } }),
        AffiliateGroupsSearch: () => ({
          data: {
            organizations: {
              __typename: 'OrganizationConnection',
              nodes: [{ ...org('g5', 'Evanston Local'), zip: '60201', region }, { ...org('g6', 'Oak Park Local'), zip: '60302', region }],
            },
          },
        }),
        RecordCandidateEndorsement: () => {
          endorsers = [...endorsers, org('g6', 'Oak Park Local')];
          return { data: { createEndorsementAsk: { __typename: 'EndorsementAsk', id: 'k10', status: 'ENDORSED' } } };
        },
        MoveAskToEndorsed: () => ({ data: { moveEndorsementAsk: { __typename: 'EndorsementAsk', id: 'k9', status: 'ENDORSED', version: 3 } } }),
      },
    });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Record a group’s endorsement' });
    // Both are needed.
    await user.click(within(form).getByRole('button', { name: 'Record endorsement' }));
    expect(within(form).getByText('Choose the affiliate group.')).toBeInTheDocument();
    expect(within(form).getByText('Choose the candidate they endorsed.')).toBeInTheDocument();

    await user.type(within(form).getByLabelText('Affiliate group'), 'local');
    await user.click(await within(form).findByRole('button', { name: /Oak Park Local/ }));
    await user.selectOptions(within(form).getByLabelText(/^Candidate they endorsed/), 'Alicia Moreno (Democratic)');
    await user.click(within(form).getByRole('button', { name: 'Record endorsement' }));
    expect(await within(form).findByText('Oak Park Local endorsed Alicia Moreno.')).toBeInTheDocument();
    // The tallies show the new endorsement (the race is read again).
    expect(screen.getByTestId('majority')).toHaveTextContent('4 of 4 groups in the area endorsed them.');
    expect(requests.find((r) => r.operationName === 'RecordCandidateEndorsement')?.variables).toEqual({
      input: { organizationId: 'g6', candidateId: 'c1', status: 'ENDORSED' },
    });

    // Evanston Local was asked about Brett Collins already: that ask moves to endorsed.
    await user.type(within(form).getByLabelText('Affiliate group'), 'local');
    await user.click(await within(form).findByRole('button', { name: /Evanston Local/ }));
    await user.selectOptions(within(form).getByLabelText(/^Candidate they endorsed/), 'Brett Collins (Republican)');
    await user.click(within(form).getByRole('button', { name: 'Record endorsement' }));
    await waitFor(() =>
      expect(requests.find((r) => r.operationName === 'MoveAskToEndorsed')?.variables).toEqual({ input: { id: 'k9', version: 2, status: 'ENDORSED' } }),
    );
  });

  it('in Spanish, says which group endorsed whom once it is recorded', async () => {
    renderPage(<RacePage />, {
      path: '/races/r1',
      route: '/races/:id',
      locale: 'es',
      handlers: {
        Race: () => ({ data: { race: race() } }),
        AffiliateGroupsSearch: () => ({
          data: { organizations: { __typename: 'OrganizationConnection', nodes: [{ ...org('g6', 'Oak Park Local'), zip: '60302', region }] } },
        }),
        RecordCandidateEndorsement: () => ({ data: { createEndorsementAsk: { __typename: 'EndorsementAsk', id: 'k10', status: 'ENDORSED' } } }),
      },
    });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Registrar el respaldo de un grupo' });
    await user.type(within(form).getByLabelText('Grupo afiliado'), 'local');
    await user.click(await within(form).findByRole('button', { name: /Oak Park Local/ }));
    await user.selectOptions(within(form).getByLabelText(/^Candidatura que respaldaron/), 'Alicia Moreno (Democratic)');
    await user.click(within(form).getByRole('button', { name: 'Registrar respaldo' }));
    expect(await within(form).findByText('Oak Park Local respaldó a Alicia Moreno.')).toBeInTheDocument();
  });
});
