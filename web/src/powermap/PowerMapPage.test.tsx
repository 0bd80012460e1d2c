import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { intlFor, setCurrentIntl } from '../i18n/intl';
import { gqlError, renderPage } from '../test/render';
import { powerMapSvg, quadrantOf } from './grid';
import { PowerMapPage } from './PowerMapPage';
import type { PowerMap, PowerMapRecord } from './queries';

const node = (id: string | null, name: string, kind: 'PERSON' | 'ORGANIZATION' = 'PERSON') => ({
  __typename: 'ReachNode', id, kind, name, regionName: 'Great Lakes', hidden: id === null,
});

function rec(id: string | null, name: string, stance: number, influence: number, more: Partial<PowerMapRecord> = {}): PowerMapRecord {
  return {
    __typename: 'PowerMapRecord', record: node(id, name), stance, stanceSource: 'UNKNOWN', stanceWhy: 'No stance recorded, no endorsement decided',
    influence, influenceSource: 'TIES', influenceWhy: `Knows the target (tie strength ${influence})`, placed: false,
    recordedInfluence: null, influenceNote: null, warmestPath: null, openAsk: null, assigned: [], ...more,
  } as PowerMapRecord;
}

function powerMap(records: PowerMapRecord[]): PowerMap {
  return {
    __typename: 'PowerMap', campaign: { __typename: 'Campaign', id: 'c1', name: 'Counselors, not cuts' }, target: node('t1', 'Board President'),
    records, leftOff: 0, canEdit: true,
  } as PowerMap;
}

const ANA = rec('p1', 'Ana Ally', 1, 4, {
  stanceSource: 'THEIR_ORGANIZATIONS', stanceWhy: 'An organization of theirs endorsed the campaign',
  warmestPath: {
    __typename: 'ReachPath', score: 0.64, hops: 1, messenger: node('m1', 'Max Member'), nodes: [node('m1', 'Max Member'), node('p1', 'Ana Ally')],
    links: [{ __typename: 'ReachLink', kind: 'KNOWS', strength: 5, lastContact: null, context: null, since: null }],
  } as unknown as PowerMapRecord['warmestPath'],
});
const TENANTS = {
  ...rec('o1', 'Tenants Union', 1, 2, { openAsk: { __typename: 'PowerMapAsk', id: 'a1', status: 'CONSIDERING', nextStep: 'Board vote on the 12th', askerName: 'Cleo Connector' }, assigned: ['Cleo Connector'] } as never),
  record: node('o1', 'Tenants Union', 'ORGANIZATION'),
} as PowerMapRecord;
const HIDDEN = rec(null, 'Someone in Gulf Coast', -2, 5);

const cell = (name: string) => screen.getByRole('group', { name });

describe('power map page', () => {
  it('places each record in its cell, the target named, outsiders without a name, and the details of the one chosen', async () => {
    renderPage(<PowerMapPage />, {
      path: '/campaigns/c1/power-map',
      route: '/campaigns/:id/power-map',
      handlers: { PowerMap: () => ({ data: { powerMap: powerMap([ANA, TENANTS, HIDDEN]) } }) },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Power map: Counselors, not cuts' })).toBeInTheDocument();
    expect(screen.getByTestId('power-map-target')).toHaveTextContent('Target: Board President');
    expect(within(cell('Leans with us, influence 4')).getByRole('button', { name: 'Ana Ally' })).toBeInTheDocument();
    expect(within(cell('Leans with us, influence 2')).getByRole('button', { name: 'Tenants Union' })).toBeInTheDocument();
    const hidden = within(cell('Against us, influence 5')).getByRole('button', { name: 'Someone in Gulf Coast' });
    expect(hidden).toBeDisabled();

    const user = userEvent.setup();
    await user.click(within(cell('Leans with us, influence 2')).getByRole('button', { name: 'Tenants Union' }));
    const details = screen.getByRole('region', { name: 'Tenants Union' });
    expect(details).toHaveTextContent('Endorsement considering, by Cleo Connector, next: Board vote on the 12th');
    expect(details).toHaveTextContent('AssignedCleo Connector');

    const table = screen.getByRole('region', { name: 'Everyone on the map' });
    const row = within(table).getByRole('row', { name: /Ana Ally/ });
    expect(row).toHaveTextContent('With us, high influence (leans with us, 4 of 5)');
    expect(row).toHaveTextContent('Max Member → Ana Ally');
  });

  it('moves a record with the arrow keys and with the buttons; the server’s answer is what the grid shows', async () => {
    let current = [ANA, TENANTS];
    const { requests } = renderPage(<PowerMapPage />, {
      path: '/campaigns/c1/power-map',
      route: '/campaigns/:id/power-map',
      handlers: {
        PowerMap: () => ({ data: { powerMap: powerMap(current) } }),
        PlaceOnPowerMap: (v) => {
          current = current.map((r) => (r.record.id === v.recordId ? { ...r, stance: v.stance as number, influence: v.influence as number, placed: true, stanceSource: 'PLACED', influenceSource: 'PLACED' } : r));
          return { data: { placeOnPowerMap: powerMap(current) } };
        },
      },
    });
    const user = userEvent.setup();
    const ana = await screen.findByRole('button', { name: 'Ana Ally' });
    ana.focus();
    await user.keyboard('{ArrowRight}');
    expect(await within(cell('With us, influence 4')).findByRole('button', { name: /Ana Ally/ })).toBeInTheDocument();
    expect(requests.filter((r) => r.operationName === 'PlaceOnPowerMap').map((r) => r.variables)).toEqual([{ campaignId: 'c1', recordId: 'p1', stance: 2, influence: 4 }]);

    await user.click(within(cell('With us, influence 4')).getByRole('button', { name: /Ana Ally/ }));
    const moves = screen.getByRole('group', { name: 'Move Ana Ally' });
    expect(within(moves).getByRole('button', { name: 'More with us' })).toBeDisabled();
    await user.click(within(moves).getByRole('button', { name: 'More influence' }));
    expect(await within(cell('With us, influence 5')).findByRole('button', { name: /Ana Ally/ })).toBeInTheDocument();
    expect(requests.filter((r) => r.operationName === 'PlaceOnPowerMap').at(-1)?.variables).toEqual({ campaignId: 'c1', recordId: 'p1', stance: 2, influence: 5 });
    expect(screen.getByRole('status')).toHaveTextContent('Ana Ally moved to with us, influence 5.');
  });

  it('removes a recorded influence: the map comes from the answer, without reading it again', async () => {
    const recorded = { ...ANA, recordedInfluence: 4, influenceSource: 'RECORDED', influenceWhy: 'Recorded as influencing the target: 4 of 5' } as PowerMapRecord;
    const { requests } = renderPage(<PowerMapPage />, {
      path: '/campaigns/c1/power-map',
      route: '/campaigns/:id/power-map',
      handlers: {
        PowerMap: () => ({ data: { powerMap: powerMap([recorded]) } }),
        RemoveInfluence: () => ({
          data: { removeInfluence: { __typename: 'InfluenceRemovalPayload', powerMap: powerMap([{ ...recorded, recordedInfluence: null, influence: 2, influenceSource: 'TIES', influenceWhy: 'Knows the target (tie strength 2)' } as PowerMapRecord]) } },
        }),
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Ana Ally/ }));
    await user.click(screen.getByRole('button', { name: 'Remove recorded influence' }));
    expect(await screen.findByText('Influence removed.')).toBeInTheDocument();
    expect(await within(cell('Leans with us, influence 2')).findByRole('button', { name: /Ana Ally/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove recorded influence' })).not.toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'RemoveInfluence')?.variables).toEqual({ fromId: 'p1', personId: 't1', campaignId: 'c1' });
    expect(requests.filter((r) => r.operationName === 'PowerMap')).toHaveLength(1);
  });

  it('says why a move was refused and leaves the record where it was', async () => {
    renderPage(<PowerMapPage />, {
      path: '/campaigns/c1/power-map',
      route: '/campaigns/:id/power-map',
      handlers: {
        PowerMap: () => ({ data: { powerMap: powerMap([ANA]) } }),
        PlaceOnPowerMap: () => gqlError('Only leaders, staff and admins move people on a power map.', 'FORBIDDEN'),
      },
    });
    const user = userEvent.setup();
    (await screen.findByRole('button', { name: 'Ana Ally' })).focus();
    await user.keyboard('{ArrowDown}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not move Ana Ally. Only leaders, staff and admins move people on a power map.');
    expect(within(cell('Leans with us, influence 4')).getByRole('button', { name: 'Ana Ally' })).toBeInTheDocument();
  });

  it('connectors see the map without ways to move anyone', async () => {
    renderPage(<PowerMapPage />, {
      path: '/campaigns/c1/power-map',
      route: '/campaigns/:id/power-map',
      handlers: { PowerMap: () => ({ data: { powerMap: { ...powerMap([ANA]), canEdit: false } } }) },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ana Ally' }));
    expect(screen.getByRole('region', { name: 'Ana Ally' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Move Ana Ally' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Ana Ally' })).toHaveAttribute('draggable', 'false');
  });
});

describe('power map image', () => {
  it('draws every record in its cell with the quadrant words, escaping names, and no hidden name', () => {
    const svg = powerMapSvg(powerMap([ANA, rec('p9', 'Li & <Sons>', -2, 1), HIDDEN]));
    expect(svg).toContain('Power map: Counselors, not cuts');
    expect(svg).toContain('Target: Board President');
    expect(svg).toContain('Li &amp; &lt;Sons&gt;');
    expect(svg).toContain('Someone in Gulf Coast');
    for (const words of ['Against us', 'Leans against', 'Undecided', 'Leans with us', 'With us']) expect(svg).toContain(`>${words}<`);
    expect(new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror')).toBeNull();
  });

  it('draws the image in the language on screen', () => {
    setCurrentIntl(intlFor('es'));
    try {
      const svg = powerMapSvg({ ...powerMap([ANA]), target: null });
      expect(svg).toContain('Objetivo: ninguno todavía');
      expect(svg).toContain('>Postura puesta por líderes o derivada de los respaldos; influencia registrada o derivada de los vínculos con el objetivo.<');
      expect(svg).not.toContain('Target');
      expect(quadrantOf({ stance: 2, influence: 3 })).toBe('A favor, mucha influencia');
    } finally {
      setCurrentIntl(intlFor('en'));
    }
  });

  it('names the quadrant: with us or against us, high influence from 3', () => {
    expect(quadrantOf({ stance: 2, influence: 3 })).toBe('With us, high influence');
    expect(quadrantOf({ stance: -1, influence: 2 })).toBe('Against us, low influence');
    expect(quadrantOf({ stance: 0, influence: 5 })).toBe('Undecided, high influence');
  });
});
