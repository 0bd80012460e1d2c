import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ask, endorsementBoard } from '../campaigns/testData';
import { gqlError, renderPage } from '../test/render';
import { EndorsementBoard } from './EndorsementBoard';

const BLOCKED =
  'The issue of “Counselors, not cuts” has not been prioritized by an Issue Assembly: endorsements are recorded only on vetted issues.';

function renderBoard(handlers: Parameters<typeof renderPage>[1]['handlers']) {
  return renderPage(<EndorsementBoard campaignId="c1" campaignName="Counselors, not cuts" />, { handlers });
}

describe('endorsement pipeline board', () => {
  it('moves a card with “Move to”, sending the version it was shown with, and the card lands in the new column', async () => {
    const { requests } = renderBoard({
      EndorsementBoard: () => ({ data: { endorsementBoard: endorsementBoard([ask('a1', 'TO_ASK', 'Queer Youth Collective')]) } }),
      MoveEndorsementAsk: () => ({
        data: {
          moveEndorsementAsk: ask('a1', 'ASKED', 'Queer Youth Collective', {
            version: 3,
            history: [
              { __typename: 'Change', id: 'h1', action: 'updated', at: '2026-03-01T10:00:00.000Z', byName: 'Lee Leader', summary: 'Queer Youth Collective: to ask → asked', changes: [] },
            ],
          }),
        },
      }),
    });
    const user = userEvent.setup();
    const toAsk = await screen.findByTestId('column-TO_ASK');
    const card = within(toAsk).getByTestId('ask-card-a1');
    expect(card).toHaveTextContent('Rosa Johnson');
    expect(card).toHaveTextContent('Present to their board');

    await user.selectOptions(within(card).getByLabelText('Move Queer Youth Collective to'), 'ASKED');
    await user.click(within(card).getByRole('button', { name: 'Move' }));

    const asked = screen.getByTestId('column-ASKED');
    const moved = await within(asked).findByTestId('ask-card-a1');
    expect(within(toAsk).queryByTestId('ask-card-a1')).not.toBeInTheDocument();
    expect(within(asked).getByRole('heading', { level: 3 })).toHaveTextContent('Asked (1)');
    expect(requests.find((r) => r.operationName === 'MoveEndorsementAsk')?.variables).toEqual({
      input: { id: 'a1', version: 2, status: 'ASKED' },
    });
    expect(screen.getByText('Queer Youth Collective moved to asked.')).toBeInTheDocument();
    // Its history, with who moved it and when, is in the card's details.
    expect(within(moved).getByText('Queer Youth Collective: to ask → asked')).toBeInTheDocument();
    expect(moved).toHaveTextContent('Lee Leader');
  });

  it('a stale move (CONFLICT) reloads the board and says so', async () => {
    let loads = 0;
    renderBoard({
      EndorsementBoard: () => {
        loads += 1;
        // Someone else moved it to considering in the meantime.
        const status = loads === 1 ? 'ASKED' : 'CONSIDERING';
        return { data: { endorsementBoard: endorsementBoard([ask('a1', status, 'Tenants Union', { version: loads === 1 ? 2 : 3 })]) } };
      },
      MoveEndorsementAsk: () => gqlError('Someone else moved this ask since you opened it. Reload the board, then try again.', 'CONFLICT'),
    });
    const user = userEvent.setup();
    const card = within(await screen.findByTestId('column-ASKED')).getByTestId('ask-card-a1');
    await user.selectOptions(within(card).getByLabelText('Move Tenants Union to'), 'DECLINED');
    await user.click(within(card).getByRole('button', { name: 'Move' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else moved or changed Tenants Union’s ask since you opened this board. The board has been reloaded');
    expect(within(screen.getByTestId('column-CONSIDERING')).getByTestId('ask-card-a1')).toBeInTheDocument();
    expect(within(screen.getByTestId('column-DECLINED')).queryByTestId('ask-card-a1')).not.toBeInTheDocument();
    expect(loads).toBe(2);
  });

  it('an endorsement before the issue is prioritized is refused, and the card says why', async () => {
    renderBoard({
      EndorsementBoard: () => ({
        data: {
          endorsementBoard: endorsementBoard([ask('a1', 'CONSIDERING', 'Faith in Action')], { canRecordEndorsements: false, blockedReason: BLOCKED }),
        },
      }),
      MoveEndorsementAsk: () => gqlError(BLOCKED, 'FAILED_PRECONDITION', { missing: ['ISSUE_PRIORITIZED'] }),
    });
    const user = userEvent.setup();
    expect(await screen.findByTestId('endorsements-blocked')).toHaveTextContent(BLOCKED);
    const card = within(screen.getByTestId('column-CONSIDERING')).getByTestId('ask-card-a1');
    await user.selectOptions(within(card).getByLabelText('Move Faith in Action to'), 'ENDORSED');
    await user.click(within(card).getByRole('button', { name: 'Move' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent(BLOCKED);
    expect(within(screen.getByTestId('column-CONSIDERING')).getByTestId('ask-card-a1')).toBeInTheDocument();
  });

  it('adds a partner not asked yet to the asks in one click', async () => {
    let added = false;
    const { requests } = renderBoard({
      EndorsementBoard: () => ({
        data: {
          endorsementBoard: added
            ? endorsementBoard([ask('a9', 'TO_ASK', 'Teachers for Justice')])
            : endorsementBoard([], { partnersNotAsked: [{ __typename: 'Organization', id: 'o5', name: 'Teachers for Justice' }] }),
        },
      }),
      CreateEndorsementAsk: () => {
        added = true;
        return { data: { createEndorsementAsk: ask('a9', 'TO_ASK', 'Teachers for Justice') } };
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add Teachers for Justice to asks' }));
    expect(await within(screen.getByTestId('column-TO_ASK')).findByTestId('ask-card-a9')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add Teachers for Justice to asks' })).not.toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'CreateEndorsementAsk')?.variables).toEqual({
      input: { campaignId: 'c1', organizationId: 'o5', status: 'TO_ASK' },
    });
  });
});
