import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPage, STAFF } from '../test/render';
import type { MapCanvasProps } from './MapCanvas';
import { NetworkMapPage } from './NetworkMapPage';
import type { MapCaption } from './mapImage';
import type { PackedMap } from './packed';

// WebGL does not exist in jsdom: the canvas is replaced by a list of the records it would draw (those the filters
// leave visible, in their colours and sizes), with buttons standing in for clicks on the map.
const downloadPng = vi.fn((_caption: MapCaption) => Promise.resolve());
vi.mock('./MapCanvas', () => ({
  default: ({ map, visible, colors, sizes, onSelect, onReady }: MapCanvasProps) => {
    onReady?.({ downloadPng, zoomIn: () => undefined, zoomOut: () => undefined, reset: () => undefined });
    return (
      <ul aria-label="Drawn records">
        {map.nodes.label.map((label, i) =>
          visible.nodes[i] ? (
            <li key={i} data-color={colors[i]} data-size={sizes[i].toFixed(1)} data-at={`${map.nodes.x[i]},${map.nodes.y[i]}`}>
              <button type="button" onClick={() => onSelect(i)}>
                {label}
              </button>
            </li>
          ) : null,
        )}
      </ul>
    );
  },
}));

/** Ana (connector, tag housing) knows Ben (5) and Cai (2); Ana is a member of the Union; Hal (hidden, other region) knows Cai. */
function packed(overrides: Partial<PackedMap> = {}): PackedMap {
  return {
    scope: { kind: 'REGION', id: 'region-a', name: 'Great Lakes', hops: 0 },
    asOf: '2026-05-01',
    compareTo: null,
    truncated: false,
    betweennessComputed: true,
    version: '1.1',
    layout: 'fresh',
    timings: { extract: 1, measure: 1, layout: 1, total: 3 },
    dict: {
      nodeKinds: ['PERSON', 'ORGANIZATION', 'CAMPAIGN', 'TEAM'],
      edgeKinds: ['KNOWS', 'MEMBER_OF', 'WORKS_AT', 'LEADS', 'TEAM_MEMBER', 'ROLE', 'PARTNER', 'ENDORSEMENT'],
      changes: ['SAME', 'ADDED', 'REMOVED'],
      regions: [
        { id: 'region-a', name: 'Great Lakes' },
        { id: 'region-b', name: 'Gulf Coast' },
      ],
      strings: ['MEMBER', 'housing', 'CONNECTOR', 'PARTNER', '2021-03-01', '2024-01-31'],
    },
    nodes: {
      id: ['p-ana', 'p-ben', 'p-cai', 'o-union', ''],
      label: ['Ana Ruiz', 'Ben Ode', 'Cai Lin', 'Tenants Union', 'Someone in Gulf Coast'],
      hidden: [0, 0, 0, 0, 1],
      kind: [0, 0, 0, 1, 0],
      region: [0, 0, 0, 0, 1],
      types: [[0], [0], [0], [3], []],
      tags: [[1], [], [], [], []],
      roles: [[2], [], [], [], []],
      cluster: [0, 0, 1, 0, 1],
      x: [0, 1, 2, 3, 4],
      y: [0, 1, 0, 1, 0],
      degree: [3, 1, 2, 1, 1],
      pagerank: [0.4, 0.15, 0.2, 0.15, 0.1],
      betweenness: [0.6, 0, 0.3, 0, 0],
    },
    edges: {
      source: [0, 0, 0, 2],
      target: [1, 2, 3, 4],
      kind: [0, 0, 1, 0],
      strength: [5, 2, 0, 3],
      since: [4, -1, -1, -1],
      until: [-1, 5, -1, -1],
      detail: [-1, -1, -1, -1],
      change: [0, 0, 0, 0],
    },
    ...overrides,
  };
}

const fetchMock = vi.fn();
beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockImplementation(async () => new Response(JSON.stringify(packed()), { status: 200, headers: { 'Content-Type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

const lastUrl = () => new URL(String(fetchMock.mock.calls.at(-1)?.[0]), 'http://x');
const status = () => screen.getByTestId('map-status').textContent;
const REGIONS = { Regions: () => ({ data: { regions: [{ __typename: 'Region', id: 'region-a', name: 'Great Lakes' }] } }) };

describe('network map page', () => {
  it('loads the map in the address, says what it shows, and gives a legend by kind', async () => {
    renderPage(<NetworkMapPage />, { path: '/map?scope=REGION&id=region-a', route: '/map', handlers: REGIONS });
    await screen.findByRole('list', { name: 'Drawn records' }, { timeout: 10_000 });
    expect(lastUrl().pathname).toBe('/maps/network.json');
    expect(Object.fromEntries(lastUrl().searchParams)).toEqual({ scope: 'REGION', id: 'region-a' });
    expect(status()).toContain('showing 5 of 5 records and 4 of 4 links');
    const legend = screen.getByRole('region', { name: 'Legend' });
    expect(legend).toHaveTextContent('Person (4)');
    expect(legend).toHaveTextContent('Organization (1)');
  });

  it('colours by role and sizes by the chosen measure', async () => {
    renderPage(<NetworkMapPage />, { path: '/map?scope=REGION&id=region-a', route: '/map', handlers: REGIONS });
    const drawn = await screen.findByRole('list', { name: 'Drawn records' }, { timeout: 10_000 });
    const item = (name: string) => within(drawn).getByRole('button', { name }).closest('li')!;
    expect(item('Ana Ruiz').dataset.size).toBe('14.0'); // the most connections
    await userEvent.selectOptions(screen.getByLabelText('Size by'), 'betweenness');
    expect(item('Ben Ode').dataset.size).toBe('2.0');
    expect(Number(item('Cai Lin').dataset.size)).toBeGreaterThan(2);
    await userEvent.selectOptions(screen.getByLabelText('Colour by'), 'role');
    const legend = screen.getByRole('region', { name: 'Legend' });
    expect(legend).toHaveTextContent('Connector (1)');
    expect(legend).toHaveTextContent('No role (4)'); // the three others and the Union
    expect(item('Ana Ruiz').dataset.color).not.toBe(item('Ben Ode').dataset.color);
  });

  it('filters by kind, tag, role, region and tie strength', async () => {
    renderPage(<NetworkMapPage />, { path: '/map?scope=REGION&id=region-a', route: '/map', handlers: REGIONS });
    await screen.findByRole('list', { name: 'Drawn records' }, { timeout: 10_000 });
    await userEvent.click(screen.getByLabelText('Organizations'));
    expect(status()).toContain('showing 4 of 5 records and 3 of 4 links');
    await userEvent.click(screen.getByLabelText('Organizations'));
    await userEvent.selectOptions(screen.getByLabelText('Tag or issue area'), 'housing');
    expect(status()).toContain('showing 1 of 5 records');
    expect(within(screen.getByRole('list', { name: 'Drawn records' })).getAllByRole('button').map((b) => b.textContent)).toEqual(['Ana Ruiz']);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await userEvent.selectOptions(screen.getByLabelText('Role'), 'CONNECTOR');
    expect(status()).toContain('showing 1 of 5 records');
    await userEvent.selectOptions(screen.getByLabelText('Role'), '');
    await userEvent.selectOptions(screen.getByLabelText('From region'), 'region-b');
    expect(status()).toContain('showing 1 of 5 records and 0 of 4 links');
    await userEvent.selectOptions(screen.getByLabelText('From region'), '');
    // Ties weaker than 3 are hidden; the membership (no strength) stays.
    fireEvent.change(screen.getByLabelText(/Ties at least this strong/), { target: { value: '3' } });
    expect(screen.getByLabelText(/Ties at least this strong/)).toHaveValue('3');
    expect(screen.getByText('Ties at least this strong: 3.0')).toBeInTheDocument();
    expect(status()).toContain('and 3 of 4 links');
  });

  it('finds a record by name, shows its details with a link to its page, and hides details of records outside my regions', async () => {
    renderPage(<NetworkMapPage />, { path: '/map?scope=REGION&id=region-a', route: '/map', handlers: REGIONS });
    await screen.findByRole('list', { name: 'Drawn records' }, { timeout: 10_000 });
    await userEvent.type(screen.getByLabelText('Find on the map'), 'ana');
    await userEvent.click(within(screen.getByRole('list', { name: 'Matches' })).getByRole('button', { name: 'Ana Ruiz' }));
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByRole('link', { name: 'Open the record' })).toHaveAttribute('href', '/people/p-ana');
    expect(details).toHaveTextContent('Person · Great Lakes · Member');
    expect(details).toHaveTextContent('Roles: Connector');
    expect(details).toHaveTextContent('Tags: housing');
    expect(details).toHaveTextContent('Links (3)');
    expect(details).toHaveTextContent('knows · strength 5.0 · since Mar 1, 2021');
    expect(details).toHaveTextContent('until Jan 31, 2024');
    // Following a link in the panel moves to that record.
    await userEvent.click(within(details).getByRole('button', { name: 'Cai Lin' }));
    expect(within(screen.getByRole('region', { name: 'Details' })).getByRole('heading', { level: 2 })).toHaveTextContent('Cai Lin');
    // Hidden people cannot be searched for, and have no record link.
    await userEvent.clear(screen.getByLabelText('Find on the map'));
    await userEvent.type(screen.getByLabelText('Find on the map'), 'someone');
    expect(screen.queryByRole('list', { name: 'Matches' })).not.toBeInTheDocument();
    await userEvent.click(within(screen.getByRole('list', { name: 'Drawn records' })).getByRole('button', { name: 'Someone in Gulf Coast' }));
    const hidden = screen.getByRole('region', { name: 'Details' });
    expect(within(hidden).queryByRole('link', { name: 'Open the record' })).not.toBeInTheDocument();
    expect(hidden).toHaveTextContent('Outside your regions');
  });

  it('in Spanish, names a record’s kind and type in the details with the catalogue’s words', async () => {
    renderPage(<NetworkMapPage />, { path: '/map?scope=REGION&id=region-a', route: '/map', handlers: REGIONS, locale: 'es' });
    const drawn = await screen.findByRole('list', { name: 'Drawn records' }, { timeout: 10_000 });
    await userEvent.click(within(drawn).getByRole('button', { name: 'Ana Ruiz' }));
    expect(screen.getByRole('region', { name: 'Detalles' })).toHaveTextContent('Persona · Great Lakes · Miembro');
    await userEvent.click(within(drawn).getByRole('button', { name: 'Tenants Union' }));
    const union = screen.getByRole('region', { name: 'Detalles' });
    expect(union).toHaveTextContent('Organización · Great Lakes · Organización aliada');
    expect(union).not.toHaveTextContent('partner');
  });

  it('asks for the map as of a date and with changes since another, and shows added and ended links in the legend', async () => {
    fetchMock.mockImplementation(async (url: string) => {
      const q = new URL(url, 'http://x').searchParams;
      const compare = q.get('compareTo');
      const body = compare ? packed({ compareTo: compare, asOf: q.get('asOf') ?? '2026-05-01', edges: { ...packed().edges, change: [0, 1, 2, 0] } }) : packed();
      return new Response(JSON.stringify(body), { status: 200 });
    });
    renderPage(<NetworkMapPage />, { path: '/map?scope=REGION&id=region-a', route: '/map', handlers: REGIONS });
    await screen.findByRole('list', { name: 'Drawn records' }, { timeout: 10_000 });
    await userEvent.type(screen.getByLabelText('As of'), '2025-12-31');
    await waitFor(() => expect(lastUrl().searchParams.get('asOf')).toBe('2025-12-31'));
    await userEvent.type(screen.getByLabelText('Changes since'), '2024-06-01');
    await waitFor(() => expect(lastUrl().searchParams.get('compareTo')).toBe('2024-06-01'));
    const legend = await screen.findByText(/Link added since Jun 1, 2024/);
    expect(legend).toBeInTheDocument();
    expect(screen.getByText(/Link ended since Jun 1, 2024/)).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Only links added or ended'));
    expect(status()).toContain('2 of 4 links');
  });

  it('picks a campaign to map, and shows the server’s message for a bad request', async () => {
    fetchMock.mockImplementation(async () => new Response(JSON.stringify({ error: 'That campaign was not found, or you do not have access to it.', fields: [] }), { status: 404 }));
    const campaigns = {
      Campaigns: () => ({
        data: {
          campaigns: [
            {
              __typename: 'Campaign', id: 'c1', name: 'Fund our schools', status: 'MOBILIZING', region: { __typename: 'Region', id: 'region-a', name: 'Great Lakes' },
              issue: null, proposingTeam: null, mobilizationGate: { __typename: 'MobilizationGate', open: false, conditions: [] },
            },
          ],
        },
      }),
    };
    renderPage(<NetworkMapPage />, { path: '/map?scope=CAMPAIGN', route: '/map', handlers: campaigns });
    expect(screen.getByText('Choose what to map.')).toBeInTheDocument();
    await userEvent.selectOptions(await screen.findByLabelText('Campaign'), await screen.findByRole('option', { name: 'Fund our schools' }));
    await waitFor(() => expect(Object.fromEntries(lastUrl().searchParams)).toEqual({ scope: 'CAMPAIGN', id: 'c1' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That campaign was not found');
    await userEvent.selectOptions(screen.getByLabelText('Links out'), '2');
    await waitFor(() => expect(lastUrl().searchParams.get('hops')).toBe('2'));
  });

  it('opens already drawn on every region of the viewer (the whole coalition for staff), with no choice to make first', async () => {
    fetchMock.mockImplementation(async () => new Response(JSON.stringify(packed({ scope: { kind: 'MY_REGIONS', id: '', name: 'The whole coalition', hops: 0 } })), { status: 200 }));
    renderPage(<NetworkMapPage />, { path: '/map', route: '/map', handlers: REGIONS });
    await screen.findByRole('list', { name: 'Drawn records' }, { timeout: 10_000 });
    expect(Object.fromEntries(lastUrl().searchParams)).toEqual({ scope: 'MY_REGIONS' });
    expect(screen.getByLabelText('Map')).toHaveDisplayValue('The whole coalition');
    expect(status()).toContain('The whole coalition as of');
    expect(screen.queryByText('Choose what to map.')).not.toBeInTheDocument();
  });

  it('asks again after a draft layout and moves the records to their settled places', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const draft = packed({ draft: true, version: '1.1' });
      const settled = packed({ draft: false, version: '1.2' });
      settled.nodes = { ...settled.nodes, x: [10, 20, 30, 40, 50], y: [5, 6, 7, 8, 9] };
      const answers = [draft, draft, settled];
      fetchMock.mockImplementation(async () => new Response(JSON.stringify(answers.shift() ?? settled), { status: 200 }));
      renderPage(<NetworkMapPage />, { path: '/map?scope=REGION&id=region-a', route: '/map', handlers: REGIONS });
      const drawn = await screen.findByRole('list', { name: 'Drawn records' }, { timeout: 10_000 });
      const places = () => within(drawn).getAllByRole('listitem').map((li) => li.getAttribute('data-at'));
      expect(places()).toEqual(['0,0', '1,1', '2,0', '3,1', '4,0']);
      expect(fetchMock).toHaveBeenCalledTimes(1);
      // Still a draft the second time: it asks once more, then draws the settled places and stops asking.
      await vi.advanceTimersByTimeAsync(3000);
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
      expect(places()).toEqual(['0,0', '1,1', '2,0', '3,1', '4,0']);
      await vi.advanceTimersByTimeAsync(3000);
      await waitFor(() => expect(places()).toEqual(['10,5', '20,6', '30,7', '40,8', '50,9']));
      expect(Object.fromEntries(lastUrl().searchParams)).toEqual({ scope: 'REGION', id: 'region-a' });
      await vi.advanceTimersByTimeAsync(10_000);
      expect(fetchMock).toHaveBeenCalledTimes(3);
      expect(status()).toContain('showing 5 of 5 records and 4 of 4 links');
    } finally {
      vi.useRealTimers();
    }
  });

  it('a settled map is not asked for again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      renderPage(<NetworkMapPage />, { path: '/map?scope=REGION&id=region-a', route: '/map', handlers: REGIONS });
      await screen.findByRole('list', { name: 'Drawn records' }, { timeout: 10_000 });
      await vi.advanceTimersByTimeAsync(10_000);
      expect(fetchMock).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('names a leader’s own region in the scope list', async () => {
    const leader = { ...STAFF, role: 'LEADER', allRegions: false, regions: [STAFF.regions[0]] } as typeof STAFF;
    renderPage(<NetworkMapPage />, { path: '/map', route: '/map', handlers: REGIONS, me: leader });
    await screen.findByRole('list', { name: 'Drawn records' }, { timeout: 10_000 });
    expect(screen.getByLabelText('Map')).toHaveDisplayValue('My region');
  });

  it('folds the side panel away and back, keeping the map and its legend in view', async () => {
    renderPage(<NetworkMapPage />, { path: '/map?scope=REGION&id=region-a', route: '/map', handlers: REGIONS });
    await screen.findByRole('list', { name: 'Drawn records' }, { timeout: 10_000 });
    const toggle = screen.getByRole('button', { name: 'Hide filters' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(toggle);
    expect(screen.queryByRole('region', { name: 'Filters' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Size by')).not.toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Drawn records' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Legend' })).toHaveTextContent('Person (4)');
    await userEvent.click(screen.getByRole('button', { name: 'Show filters' }));
    expect(screen.getByRole('region', { name: 'Filters' })).toBeInTheDocument();
  });

  it('downloads the picture with the map’s title, date, scope, counts and legend', async () => {
    fetchMock.mockImplementation(async () => new Response(JSON.stringify(packed({ compareTo: '2024-06-01' })), { status: 200 }));
    renderPage(<NetworkMapPage />, { path: '/map?scope=REGION&id=region-a&since=2024-06-01', route: '/map', handlers: REGIONS });
    await screen.findByRole('list', { name: 'Drawn records' }, { timeout: 10_000 });
    downloadPng.mockClear();
    await userEvent.click(screen.getByRole('button', { name: 'Download PNG' }));
    expect(downloadPng).toHaveBeenCalledTimes(1);
    const caption = downloadPng.mock.calls[0][0];
    expect(caption.title).toBe('Great Lakes');
    expect(caption.subtitle).toBe('Network map · region · as of May 1, 2026, changes since Jun 1, 2024 · 5 records, 4 links');
    expect(caption.legend.map((l) => l.label)).toEqual(['Person (4)', 'Organization (1)', 'Link added since Jun 1, 2024', 'Link ended since Jun 1, 2024']);
    expect(caption.note).toBe('Size: connections (degree). Colour: kind.');
  });
});
