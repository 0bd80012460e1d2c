import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GateChecklist } from './GateChecklist';
import { gate } from './testData';

describe('mobilization gate checklist', () => {
  it('marks each missing condition, with what is missing in words, and the met ones as met', () => {
    render(<GateChecklist gate={gate(['ISSUE_PRIORITIZED', 'RST_APPROVED'])} />);
    expect(screen.getByText('The gate is closed: 2 of 5 conditions are missing.')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Mobilization gate conditions' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);

    const issue = screen.getByTestId('gate-ISSUE_PRIORITIZED');
    expect(issue).toHaveTextContent('Issue prioritized by an Issue Assembly');
    expect(issue).toHaveTextContent('Missing');
    expect(issue).toHaveTextContent('Its issue has not been prioritized by an Issue Assembly.');
    const rst = screen.getByTestId('gate-RST_APPROVED');
    expect(rst).toHaveTextContent('Missing');
    expect(rst).toHaveTextContent('The regional strategy team has not approved it.');

    const proposal = screen.getByTestId('gate-ACTION_PROPOSAL');
    expect(proposal).toHaveTextContent('Met');
    expect(proposal).not.toHaveTextContent('Missing');
  });

  it('says the gate is open when every condition is met', () => {
    render(<GateChecklist gate={gate([])} />);
    expect(screen.getByText('The gate is open: members may be mobilized for this campaign.')).toBeInTheDocument();
    expect(screen.queryByText('Missing')).not.toBeInTheDocument();
  });
});
