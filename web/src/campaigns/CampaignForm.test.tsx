import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { REGIONS_RESULT, gqlError, renderPage } from '../test/render';
import { CampaignNewPage } from './CampaignFormPage';

describe('campaign form', () => {
  it('shows each of the server’s messages beside its field, and moves focus to the first', async () => {
    const { requests } = renderPage(<CampaignNewPage />, {
      handlers: {
        Regions: () => REGIONS_RESULT,
        IssueOptions: () => ({ data: { issues: [] } }),
        TeamOptions: () => ({ data: { teams: [] } }),
        CreateCampaign: () =>
          gqlError('Please correct 2 fields: name, targetPersonId.', 'BAD_USER_INPUT', {
            fields: [
              { field: 'name', message: 'Enter a name.' },
              { field: 'targetPersonId', message: 'Choose a target person in your regions.' },
            ],
          }),
      },
    });
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText(/^Region/), 'region-a');
    await user.type(screen.getByLabelText('Theory of change'), 'A packed hearing moves the board president.');
    await user.click(screen.getByRole('button', { name: 'Save proposal' }));

    const name = screen.getByLabelText(/^Name/);
    expect(await screen.findByText('Enter a name.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Enter a name.');
    expect(name).toHaveFocus();
    expect(screen.getByLabelText('Target person')).toHaveAccessibleDescription(/Choose a target person in your regions\./);
    expect(requests.find((r) => r.operationName === 'CreateCampaign')?.variables).toEqual({
      input: {
        name: '',
        regionId: 'region-a',
        issueId: null,
        targetPersonId: null,
        targetOrganizationId: null,
        proposingTeamId: null,
        theoryOfChange: 'A packed hearing moves the board president.',
        actionProposal: null,
      },
      idempotencyKey: expect.any(String),
    });
  });
});
