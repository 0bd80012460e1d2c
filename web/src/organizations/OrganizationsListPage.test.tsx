import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { gqlError, REGIONS_RESULT, renderPage, type Handler } from '../test/render';
import { OrganizationsListPage } from './OrganizationsListPage';

function Where() {
  const { search } = useLocation();
  return <output data-testid="url">{search}</output>;
}

const org = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'Organization',
  id,
  name,
  type: 'PARTNER',
  issueAreas: ['schools'],
  ledBy: ['POC_LED'],
  zip: '60614',
  region: { __typename: 'Region', id: 'region-a', name: 'Great Lakes' },
  ...extra,
});
const result = (nodes: unknown[]) => ({ data: { organizationsList: { __typename: 'OrganizationsList', totalCount: nodes.length, nodes } } });

function render(path: string, handlers: Record<string, Handler> = {}) {
  return renderPage(
    <>
      <OrganizationsListPage />
      <Where />
    </>,
    {
      path,
      route: '/organizations',
      handlers: {
        Regions: () => REGIONS_RESULT,
        OrganizationsList: () => result([org('o1', 'Westside Tenants Union'), org('o2', 'St. Mark Church', { type: 'INSTITUTION', ledBy: [] })]),
        FieldDefinitions: () => ({ data: { fieldDefinitions: [] } }),
        SavedLists: () => ({ data: { savedLists: [] } }),
        CampaignOptions: () => ({ data: { campaigns: [{ __typename: 'Campaign', id: 'c1', name: 'Fund our schools', status: 'PLANNING' }] } }),
        ...handlers,
      },
    },
  );
}

describe('organizations list', () => {
  it('reads the filter and sort from the URL and writes changes back to it', async () => {
    const { requests } = render('/organizations?ledBy=POC_LED,IMMIGRANT_LED&issues=schools&near=60614&miles=3&sort=ZIP&desc=1');
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Westside Tenants Union' });
    // No computed column is shown by default, so the page does not ask for them.
    expect(requests.find((r) => r.operationName === 'OrganizationsList')!.variables.withFacts).toBe(false);
    expect(requests.find((r) => r.operationName === 'OrganizationsList')!.variables.input).toEqual({
      filter: { ledBy: ['POC_LED', 'IMMIGRANT_LED'], issueAreas: ['schools'], nearZip: '60614', withinMiles: 3 },
      sortBy: 'ZIP',
      descending: true,
      first: 25,
      offset: 0,
    });
    expect(screen.getByRole('columnheader', { name: 'ZIP ↓' })).toHaveAttribute('aria-sort', 'descending');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'INSTITUTION');
    await waitFor(() => expect(screen.getByTestId('url').textContent).toContain('types=INSTITUTION'));
    expect(requests.filter((r) => r.operationName === 'OrganizationsList').at(-1)!.variables.input).toMatchObject({ filter: { types: ['INSTITUTION'] } });

    await user.click(screen.getByRole('button', { name: 'Type' }));
    await waitFor(() => expect(screen.getByTestId('url').textContent).toContain('sort=TYPE'));

    await user.click(screen.getByRole('checkbox', { name: 'Led by' }));
    expect(screen.queryByRole('columnheader', { name: 'Led by' })).not.toBeInTheDocument();
    expect(screen.getByTestId('url').textContent).toContain('cols=type%2CissueAreas%2Czip%2Cregion');
  });

  it('adds the chosen organizations to a campaign’s endorsement pipeline, shows a refusal, and undoes', async () => {
    const { requests } = render('/organizations', {
      BulkEndorsementPipeline: (v) => {
        const input = v.input as { target: { organizationIds?: string[] } };
        if (!input.target.organizationIds?.length)
          return gqlError('No organization is chosen: select some, or use a list that has organizations in it.', 'BAD_USER_INPUT');
        return {
          data: {
            bulkEndorsementPipeline: {
              __typename: 'BulkResult',
              status: 'DONE',
              done: 0,
              total: 0,
              error: null,
              id: 'b1',
              summary: 'Added 1 organization to the endorsement pipeline',
              changed: 1,
              unchanged: 1,
              skipped: [],
            },
          },
        };
      },
      UndoLastBulkAction: () => ({
        data: {
          undoLastBulkAction: {
            __typename: 'BulkResult',
            status: 'DONE',
            done: 0,
            total: 0,
            error: null,
            id: 'b1',
            summary: 'Undid: Added 1 organization to the endorsement pipeline',
            changed: 0,
            unchanged: 0,
            skipped: ['St. Mark Church'],
          },
        },
      }),
    });
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Westside Tenants Union' });
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    await user.selectOptions(within(bar).getByLabelText('Campaign'), await within(bar).findByRole('option', { name: 'Fund our schools' }));
    await user.click(within(bar).getByRole('button', { name: 'Add to endorsement pipeline' }));
    expect(await within(bar).findByText(/No organization is chosen/)).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Select every organization on this page' }));
    await user.click(within(bar).getByRole('button', { name: 'Add to endorsement pipeline' }));
    expect(await within(bar).findByText('Added 1 organization to the endorsement pipeline (1 organization already in it)')).toBeInTheDocument();
    expect(requests.filter((r) => r.operationName === 'BulkEndorsementPipeline').at(-1)!.variables.input).toEqual({
      campaignId: 'c1',
      target: { organizationIds: ['o1', 'o2'] },
    });

    await user.click(within(bar).getByRole('button', { name: 'Undo my last bulk action' }));
    expect(
      await within(bar).findByText('Undid: Added 1 organization to the endorsement pipeline. Left as they are (changed since): St. Mark Church'),
    ).toBeInTheDocument();
  });

  it('shows the progress of a large addition to the pipeline, then what it did', async () => {
    const result = (o: Record<string, unknown>) => ({
      __typename: 'BulkResult',
      id: 'job2',
      summary: 'Working on 1200 people',
      changed: 0,
      unchanged: 3,
      skipped: [],
      status: 'RUNNING',
      done: 0,
      total: 1200,
      error: null,
      ...o,
    });
    let asked = 0;
    const { requests } = render('/organizations', {
      BulkEndorsementPipeline: () => ({ data: { bulkEndorsementPipeline: result({}) } }),
      // Half-way at the first answer, done at the next.
      BulkAction: () => ({
        data: {
          bulkAction:
            ++asked === 1
              ? result({ done: 600 })
              : result({ status: 'DONE', done: 1200, changed: 1200, summary: 'Added 1200 organizations to the endorsement pipeline' }),
        },
      }),
    });
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Westside Tenants Union' });
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    await user.selectOptions(within(bar).getByLabelText('Campaign'), await within(bar).findByRole('option', { name: 'Fund our schools' }));
    await user.click(within(bar).getByRole('checkbox', { name: 'Act on every organization in this list' }));
    await user.click(within(bar).getByRole('button', { name: 'Add to endorsement pipeline' }));
    expect(await within(bar).findByRole('progressbar', { name: 'Bulk action progress' })).toHaveAttribute('value', '600');
    expect(within(bar).getByRole('button', { name: 'Add to endorsement pipeline' })).toBeDisabled();
    expect(
      await within(bar).findByText('Added 1200 organizations to the endorsement pipeline (3 organizations already in it)', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'BulkAction')!.variables).toEqual({ id: 'job2' });
  });

  it('shows and sorts by last contact and members, asking for them only when shown or sorted by', async () => {
    const facts = (organizationId: string, lastContact: string | null, members: number) => ({
      __typename: 'OrganizationListFacts',
      organizationId,
      lastContact,
      members,
    });
    const { requests } = render('/organizations?cols=type,lastContact,members&sort=MEMBERS&desc=1', {
      OrganizationsList: () => ({
        data: {
          organizationsList: {
            __typename: 'OrganizationsList',
            totalCount: 2,
            nodes: [org('o1', 'Westside Tenants Union'), org('o2', 'St. Mark Church', { type: 'INSTITUTION', ledBy: [] })],
            facts: [facts('o1', null, 42), facts('o2', '2026-10-01', 7)],
          },
        },
      }),
    });
    await screen.findByRole('link', { name: 'Westside Tenants Union' });
    expect(requests.find((r) => r.operationName === 'OrganizationsList')!.variables).toMatchObject({
      input: { sortBy: 'MEMBERS', descending: true },
      withFacts: true,
    });
    expect(screen.getByRole('columnheader', { name: 'Members ↓' })).toHaveAttribute('aria-sort', 'descending');
    expect(within(screen.getByRole('row', { name: /Westside Tenants Union/ })).getByText('42')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Westside Tenants Union/ })).getByText('never')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /St. Mark Church/ })).getByText('7')).toBeInTheDocument();
  });

  it('saves the filter as a list, and opening a saved list puts its filter and sort into the URL', async () => {
    const savedList = (o: Record<string, unknown>) => ({
      __typename: 'SavedList',
      entity: 'ORGANIZATIONS',
      sortBy: 'NAME',
      organizationsSortBy: 'NAME',
      descending: false,
      columns: [],
      sharedWithRegionId: null,
      mine: true,
      ...o,
    });
    const { requests } = render('/organizations?types=PARTNER', {
      SavedLists: () => ({
        data: {
          savedLists: [
            savedList({ id: 'l1', name: 'Immigrant-led near Pilsen', filter: JSON.stringify({ ledBy: ['IMMIGRANT_LED'] }), organizationsSortBy: 'ZIP' }),
          ],
        },
      }),
      SaveOrganizationList: (v) => ({ data: { saveOrganizationList: savedList({ id: 'l2', name: (v.input as { name: string }).name, filter: '{}' }) } }),
    });
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Westside Tenants Union' });
    await user.type(screen.getByLabelText('Save this list as'), 'Partners');
    await user.click(screen.getByRole('button', { name: 'Save list' }));
    expect(await screen.findByText('Saved “Partners”.')).toBeInTheDocument();
    // The shared saved-lists bar asks for organizations lists only, never the people lists.
    expect(requests.find((r) => r.operationName === 'SavedLists')!.variables).toEqual({ entity: 'ORGANIZATIONS' });
    expect(requests.find((r) => r.operationName === 'SaveOrganizationList')!.variables.input).toMatchObject({
      name: 'Partners',
      filter: { types: ['PARTNER'] },
      sortBy: 'NAME',
      sharedWithRegionId: null,
    });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Saved lists' }), 'Immigrant-led near Pilsen');
    await waitFor(() =>
      expect(requests.filter((r) => r.operationName === 'OrganizationsList').at(-1)!.variables.input).toMatchObject({
        filter: { ledBy: ['IMMIGRANT_LED'] },
        sortBy: 'ZIP',
      }),
    );
    expect(screen.getByTestId('url').textContent).toContain('list=l1');
    expect(screen.getByTestId('url').textContent).not.toContain('types=');
  });
});
