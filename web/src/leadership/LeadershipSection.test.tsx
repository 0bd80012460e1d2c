import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../test/render';
import { LeadershipSection } from './LeadershipSection';

const THEMES: Array<[string, string]> = [
  ['ORGANIZING_PRACTICE', 'Organizing practice'],
  ['COMMUNITY_PARTNERSHIPS', 'Community partnerships'],
  ['STRATEGIC_PLANNING', 'Strategic planning'],
  ['COLLECTIVE_ACTION', 'Collective action'],
  ['GROWTH', 'Growth and strength'],
  ['LEADER_DEVELOPMENT', 'Leader development'],
];
const NAMES = ['Foundational', 'Mobilizing and Power Building', 'Agenda Driving'];

function standing(theme: string, label: string, level: number | null) {
  return {
    __typename: 'CompetencyStanding',
    theme,
    label,
    level,
    levelName: level ? NAMES[level - 1] : null,
    assessedOn: level ? '2025-06-15' : null,
    assessedByName: level ? 'Demo Regional Leader' : null,
  };
}

const person = (levels: Record<string, number>) => ({
  __typename: 'Person',
  id: 'p1',
  leadership: THEMES.map(([t, l]) => standing(t, l, levels[t] ?? null)),
  assessments: [
    { __typename: 'LeadershipAssessment', id: 'a2', theme: 'COMMUNITY_PARTNERSHIPS', level: 2, levelName: NAMES[1], assessedOn: '2025-06-15', assessedByName: 'Demo Regional Leader', notes: 'Led the coalition table.' },
    { __typename: 'LeadershipAssessment', id: 'a1', theme: 'COMMUNITY_PARTNERSHIPS', level: 1, levelName: NAMES[0], assessedOn: '2024-06-15', assessedByName: 'Demo Regional Leader', notes: null },
  ],
  mentors: [{ __typename: 'MentorLink', since: '2024-09-01', person: { __typename: 'Person', id: 'p4', name: 'Aisha Khan' } }],
  mentees: [],
});

const COMPETENCIES = {
  data: {
    competencies: THEMES.map(([theme, label]) => ({
      __typename: 'CompetencyDefinition',
      theme,
      label,
      summary: `${label}, in short.`,
      levels: NAMES.map((name, i) => ({ __typename: 'CompetencyLevelDefinition', level: i + 1, name, description: `${label} at level ${i + 1}.` })),
    })),
  },
};

describe('leadership on a person page', () => {
  it('shows the current level on each of the six themes, and “not assessed” where there is none', async () => {
    renderPage(<LeadershipSection personId="p1" personName="Yolanda Reyes" />, {
      handlers: { PersonLeadership: () => ({ data: { person: person({ COMMUNITY_PARTNERSHIPS: 2, GROWTH: 3 }) } }) },
    });
    const table = await screen.findByTestId('leadership');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(6);
    const row = (label: string) => rows.find((r) => within(r).queryByRole('rowheader', { name: label }))!;
    expect(row('Community partnerships')).toHaveTextContent('Level 2 · Mobilizing and Power Building');
    expect(row('Community partnerships')).toHaveTextContent('Jun 15, 2025 by Demo Regional Leader');
    expect(row('Growth and strength')).toHaveTextContent('Level 3 · Agenda Driving');
    for (const label of ['Organizing practice', 'Strategic planning', 'Collective action', 'Leader development']) {
      expect(row(label)).toHaveTextContent('Not assessed');
    }
    expect(within(table).getAllByText('Not assessed')).toHaveLength(4);
    // History: who assessed, when.
    expect(screen.getByText('Assessment history (2)')).toBeInTheDocument();
    expect(screen.getByText('Community partnerships: level 1, Foundational')).toBeInTheDocument();
    // Mentors.
    expect(screen.getByRole('link', { name: 'Aisha Khan' })).toHaveAttribute('href', '/people/p4');
    expect(screen.getByText('Not mentoring anyone yet.')).toBeInTheDocument();
  });

  it('assesses a theme at a level with its name, then shows the new level from the answer alone', async () => {
    const { requests } = renderPage(<LeadershipSection personId="p1" personName="Yolanda Reyes" />, {
      handlers: {
        PersonLeadership: () => ({ data: { person: person({}) } }),
        Competencies: () => COMPETENCIES,
        AssessLeadership: (v) => {
          const input = v.input as { personId: string; theme: string; level: number; assessedOn: string };
          const { personId, ...fields } = input;
          const after = person({ [input.theme]: input.level });
          return {
            data: {
              assessLeadership: {
                __typename: 'LeadershipAssessment', id: 'a3', ...fields, levelName: NAMES[input.level - 1], assessedByName: 'Sam Staff', notes: null,
                person: { __typename: 'Person', id: personId, leadership: after.leadership, assessments: after.assessments },
              },
            },
          };
        },
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Assess Strategic planning' }));
    const form = screen.getByRole('form', { name: 'Assess Yolanda Reyes' });
    expect(within(form).getByLabelText('Competency')).toHaveValue('STRATEGIC_PLANNING');
    // Saving without a level asks for one, beside the levels.
    await user.click(within(form).getByRole('button', { name: 'Save assessment' }));
    expect(within(form).getByText('Choose level 1, 2 or 3.')).toBeInTheDocument();

    await user.click(await within(form).findByRole('radio', { name: /2 · Mobilizing and Power Building/ }));
    await user.click(within(form).getByRole('button', { name: 'Save assessment' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Assess Yolanda Reyes' })).not.toBeInTheDocument());
    expect(requests.find((r) => r.operationName === 'AssessLeadership')?.variables).toMatchObject({
      input: { personId: 'p1', theme: 'STRATEGIC_PLANNING', level: 2, notes: null },
    });
    const row = await screen.findByRole('row', { name: /Strategic planning/ });
    await waitFor(() => expect(row).toHaveTextContent('Level 2 · Mobilizing and Power Building'));
    // The card was read once: the answer's person updated it.
    expect(requests.filter((r) => r.operationName === 'PersonLeadership')).toHaveLength(1);
  });

  it('in Spanish, names the levels in Spanish even before the server’s level definitions have come', async () => {
    const withoutLevels = { data: { competencies: COMPETENCIES.data.competencies.map((c) => ({ ...c, levels: [] })) } };
    renderPage(<LeadershipSection personId="p1" personName="Yolanda Reyes" />, {
      locale: 'es',
      handlers: { PersonLeadership: () => ({ data: { person: person({}) } }), Competencies: () => withoutLevels },
    });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Evaluar Strategic planning' }));
    const form = screen.getByRole('form', { name: 'Evaluar a Yolanda Reyes' });
    expect(within(form).getByRole('radio', { name: '1 · Fundamental' })).toBeInTheDocument();
    expect(within(form).getByRole('radio', { name: '2 · Movilización y construcción de poder' })).toBeInTheDocument();
    expect(within(form).getByRole('radio', { name: '3 · Impulso de la agenda' })).toBeInTheDocument();
  });

  it('removing a mentor takes them off the mentee’s page and the mentee off the mentor’s, from the answer alone', async () => {
    const aisha = { __typename: 'Person', id: 'p4', name: 'Aisha Khan' };
    const yolanda = { __typename: 'Person', id: 'p1', name: 'Yolanda Reyes' };
    const handlers = {
      PersonLeadership: (v: Record<string, unknown>) =>
        v.id === 'p1'
          ? { data: { person: person({}) } }
          : {
              data: {
                person: {
                  ...person({}),
                  ...aisha,
                  assessments: [],
                  mentors: [],
                  mentees: [{ __typename: 'MentorLink', since: '2024-09-01', person: yolanda }],
                },
              },
            },
      RemoveMentor: () => ({ data: { removeMentor: { ...yolanda, mentors: [], mentees: [] } } }),
    };
    const user = userEvent.setup();

    // On the mentee's page: the answer is the mentee, without the mentor.
    const mentee = renderPage(<LeadershipSection personId="p1" personName="Yolanda Reyes" />, { handlers });
    const mentors = await screen.findByRole('region', { name: 'Mentors and mentees' });
    await user.click(within(mentors).getByRole('button', { name: 'Remove' }));
    await user.click(within(mentors).getByRole('button', { name: 'Remove mentorship' }));
    await waitFor(() => expect(within(mentors).queryByRole('link', { name: 'Aisha Khan' })).not.toBeInTheDocument());
    expect(within(mentors).getByText('No mentor recorded.')).toBeInTheDocument();
    expect(mentee.requests.filter((r) => r.operationName === 'PersonLeadership')).toHaveLength(1);
    mentee.unmount();

    // On the mentor's page: the answer is the mentee, so the mentor's own list is updated in the cache.
    const mentor = renderPage(<LeadershipSection personId="p4" personName="Aisha Khan" />, { handlers });
    const card = await screen.findByRole('region', { name: 'Mentors and mentees' });
    expect(within(card).getByRole('link', { name: 'Yolanda Reyes' })).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Remove' }));
    await user.click(within(card).getByRole('button', { name: 'Remove mentorship' }));
    await waitFor(() => expect(within(card).queryByRole('link', { name: 'Yolanda Reyes' })).not.toBeInTheDocument());
    expect(within(card).getByText('Not mentoring anyone yet.')).toBeInTheDocument();
    expect(mentor.requests.map((r) => r.operationName)).toEqual(['PersonLeadership', 'RemoveMentor']);
  });
});
