import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../test/render';
import { AssemblyPage } from './AssemblyPage';

const REGION = { __typename: 'Region', id: 'region-a', name: 'Great Lakes' };
const ASSEMBLY = { __typename: 'IssueAssembly', id: 'as1', name: 'Spring Issue Assembly', date: '2025-03-08', notes: null, region: REGION };

function issue(id: string, name: string, scope: string, prioritized: boolean, narrows: string | null, specific: Array<{ id: string; name: string }> = []) {
  return {
    __typename: 'Issue',
    id,
    name,
    scope,
    prioritized,
    description: null,
    region: REGION,
    narrows: narrows ? { __typename: 'Issue', id: narrows } : null,
    specificIssues: specific.map((s) => ({ __typename: 'Issue', ...s, prioritized })),
    decisions: [],
  };
}

describe('issue assembly page', () => {
  it('prioritizing a broad area shows the decision and its specific issue prioritized, from the answer alone', async () => {
    const housing = { id: 'i1', name: 'Housing' };
    const rent = { id: 'i2', name: 'Rent stabilization' };
    const { requests } = renderPage(<AssemblyPage />, {
      path: '/issues/assemblies/as1',
      route: '/issues/assemblies/:id',
      handlers: {
        IssueAssembly: () => ({ data: { issueAssembly: { ...ASSEMBLY, decisions: [] } } }),
        Issues: () => ({
          data: { issues: [issue('i1', 'Housing', 'BROAD_AREA', false, null, [rent]), issue('i2', 'Rent stabilization', 'SPECIFIC_ISSUE', false, 'i1')] },
        }),
        RecordAssemblyDecision: (v) => {
          const input = v.input as { outcome: string; notes: string | null };
          const decidedIssue = { __typename: 'Issue', ...housing, prioritized: true };
          return {
            data: {
              recordAssemblyDecision: {
                __typename: 'AssemblyDecision',
                outcome: input.outcome,
                notes: input.notes,
                assembly: { ...ASSEMBLY, decisions: [{ __typename: 'AssemblyDecision', outcome: input.outcome, notes: input.notes, issue: decidedIssue }] },
                issue: {
                  ...decidedIssue,
                  decisions: [
                    {
                      __typename: 'AssemblyDecision',
                      outcome: input.outcome,
                      notes: input.notes,
                      assembly: { __typename: 'IssueAssembly', id: 'as1', name: ASSEMBLY.name, date: ASSEMBLY.date },
                    },
                  ],
                  specificIssues: [{ __typename: 'Issue', ...rent, prioritized: true }],
                },
              },
            },
          };
        },
      },
    });
    const user = userEvent.setup();
    const area = await screen.findByRole('listitem', { name: 'Housing' });
    const specific = screen.getByRole('listitem', { name: 'Rent stabilization' });
    expect(within(area).getByText('Not decided at this assembly')).toBeInTheDocument();
    expect(within(specific).getByText('Not prioritized')).toBeInTheDocument();

    await user.click(within(area).getByRole('button', { name: 'Prioritize' }));
    await waitFor(() => expect(within(area).getByText('Decided here: prioritized')).toBeInTheDocument());
    expect(within(area).getByRole('button', { name: 'Prioritize' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(specific).getByText('Prioritized')).toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'RecordAssemblyDecision')?.variables).toEqual({
      input: { assemblyId: 'as1', issueId: 'i1', outcome: 'PRIORITIZED', notes: null },
    });
    expect(requests.filter((r) => r.operationName === 'IssueAssembly' || r.operationName === 'Issues')).toHaveLength(2);
  });
});
