import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { REGIONS_RESULT, gqlError, renderPage } from '../test/render';
import { GroupsMapPage } from './GroupsMapPage';

const place = (zip: string, latitude: number, longitude: number, city = 'Chicago', state = 'IL') => ({
  __typename: 'Place',
  zip,
  city,
  state,
  latitude,
  longitude,
});

const group = (id: string, name: string, p: ReturnType<typeof place> | null, clusterId: number | null, status = 'SIGNED') => ({
  __typename: 'MapGroup',
  organization: { __typename: 'Organization', id, name, zip: p?.zip ?? null, mou: { __typename: 'Mou', status } },
  place: p,
  areaMiles: 8,
  clusterId,
});

const MAP = {
  data: {
    affiliateMap: {
      __typename: 'AffiliateMap',
      groups: [
        group('g1', 'Our Revolution Chicago North', place('60614', 41.9229, -87.6483), 1),
        group('g2', 'Our Revolution Chicago South', place('60644', 41.8829, -87.7582), 1),
        group('g3', 'Houston Westside Local', place('77004', 29.7287, -95.3651, 'Houston', 'TX'), null, 'SENT'),
        group('g4', 'Somewhere Chapter', null, null, 'NONE'),
      ],
      clusters: [
        {
          __typename: 'GroupCluster',
          id: 1,
          groups: [
            { __typename: 'Organization', id: 'g1', name: 'Our Revolution Chicago North' },
            { __typename: 'Organization', id: 'g2', name: 'Our Revolution Chicago South' },
          ],
        },
      ],
    },
  },
};

const NEARBY = {
  data: {
    nearby: {
      __typename: 'Nearby',
      center: place('60623', 41.849, -87.7157),
      miles: 10,
      truncated: false,
      organizations: [
        { __typename: 'NearbyOrganization', miles: 3.2, organization: { __typename: 'Organization', id: 'g2', name: 'Our Revolution Chicago South', zip: '60644' } },
        { __typename: 'NearbyOrganization', miles: 6.1, organization: { __typename: 'Organization', id: 'g1', name: 'Our Revolution Chicago North', zip: '60614' } },
      ],
      people: [
        { __typename: 'NearbyPerson', miles: 0, person: { __typename: 'Person', id: 'p1', name: 'Yolanda Reyes', zip: '60623' } },
      ],
    },
  },
};

describe('affiliate groups map', () => {
  it('draws one dot per placed group, lists clusters and every group', async () => {
    renderPage(<GroupsMapPage />, { path: '/groups/map', handlers: { Regions: () => REGIONS_RESULT, AffiliateMap: () => MAP } });
    const map = await screen.findByTestId('us-map');
    const dots = map.querySelectorAll('circle.group-dot');
    expect(dots).toHaveLength(3);
    expect([...dots].map((d) => d.querySelector('title')?.textContent)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Our Revolution Chicago North · Chicago, IL 60614 · Overlapping groups 1/)]),
    );
    // Overlapping groups share a color; the lone group has another.
    const fill = (id: string) => map.querySelector(`circle.group-dot[data-group-id="${id}"]`)!.getAttribute('fill');
    expect(fill('g1')).toBe(fill('g2'));
    expect(fill('g3')).not.toBe(fill('g1'));
    expect(map.querySelectorAll('circle.highlighted')).toHaveLength(0);
    expect(map).toHaveAccessibleName(/Map of 3 affiliate groups/);

    const clusters = screen.getByTestId('clusters');
    expect(within(clusters).getByRole('link', { name: 'Our Revolution Chicago South' })).toHaveAttribute('href', '/organizations/g2');
    expect(within(screen.getByTestId('all-groups')).getAllByRole('listitem')).toHaveLength(4);
    expect(screen.getByText(/1 without a known ZIP code/)).toBeInTheDocument();
    // The state outlines load from the bundled atlas.
    await waitFor(() => expect(map).toHaveAttribute('data-outline', 'loaded'), { timeout: 5000 });
    expect(map.querySelector('path.map-land')?.getAttribute('d')?.length).toBeGreaterThan(1000);
  });

  it('finds groups near a zip code: lists them with distances and highlights them on the map', async () => {
    const { requests } = renderPage(<GroupsMapPage />, {
      path: '/groups/map',
      handlers: { Regions: () => REGIONS_RESULT, AffiliateMap: () => MAP, Nearby: () => NEARBY },
    });
    const user = userEvent.setup();
    await screen.findByTestId('us-map');
    await user.type(screen.getByLabelText('ZIP code'), '60623');
    await user.clear(screen.getByLabelText('Within (miles)'));
    await user.type(screen.getByLabelText('Within (miles)'), '10');
    await user.click(screen.getByRole('button', { name: 'Find near ZIP' }));

    const list = await screen.findByTestId('nearby-groups');
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Our Revolution Chicago South3.2 mi'),
      expect.stringContaining('Our Revolution Chicago North6.1 mi'),
    ]);
    expect(screen.getByRole('heading', { name: /Within 10 miles of 60623/ })).toBeInTheDocument();
    expect(within(screen.getByTestId('nearby-people')).getByRole('link', { name: 'Yolanda Reyes' })).toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'Nearby')?.variables).toEqual({ zip: '60623', miles: 10, organizationType: 'AFFILIATE_GROUP' });

    const map = screen.getByTestId('us-map');
    const highlighted = [...map.querySelectorAll('circle.group-dot.highlighted')].map((c) => c.getAttribute('data-group-id'));
    expect(highlighted.sort()).toEqual(['g1', 'g2']);
    expect(map.querySelector('circle.group-dot[data-group-id="g3"]')).toHaveClass('dimmed');
    expect(map.querySelector('circle.group-dot[data-group-id="g2"] title')?.textContent).toMatch(/3.2 mi from 60623/);
    expect(map.querySelector('circle.search-radius')).not.toBeNull();
    expect(map).toHaveAccessibleName(/2 affiliate groups within 10 miles of 60623 highlighted/);
  });

  it('describes the map and the groups near a zip code in Spanish', async () => {
    renderPage(<GroupsMapPage />, {
      path: '/groups/map',
      locale: 'es',
      handlers: { Regions: () => REGIONS_RESULT, AffiliateMap: () => MAP, Nearby: () => NEARBY },
    });
    const user = userEvent.setup();
    const map = await screen.findByTestId('us-map');
    expect(map).toHaveAccessibleName('Mapa de 3 grupos afiliados por código postal; los grupos que se superponen comparten color.');
    expect(map.querySelector('circle.group-dot[data-group-id="g1"] title')?.textContent).toMatch(/ · Grupos superpuestos 1$/);
    await user.type(screen.getByLabelText('Código postal'), '60623');
    await user.clear(screen.getByLabelText('En un radio de (millas)'));
    await user.type(screen.getByLabelText('En un radio de (millas)'), '10');
    await user.click(screen.getByRole('button', { name: 'Buscar cerca del C.P.' }));
    await screen.findByTestId('nearby-groups');
    expect(map.querySelector('circle.group-dot[data-group-id="g2"] title')?.textContent).toMatch(/ · a 3,2 mi del C\.P\. 60623$/);
    expect(map).toHaveAccessibleName('Mapa: 2 grupos afiliados a menos de 10 millas del C.P. 60623 resaltados, de 3 grupos en el mapa.');
  });

  it('shows the server’s zip code problem beside the field', async () => {
    renderPage(<GroupsMapPage />, {
      path: '/groups/map?zip=00000',
      handlers: {
        Regions: () => REGIONS_RESULT,
        AffiliateMap: () => MAP,
        Nearby: () => gqlError('00000 is not a US zip code we know.', 'BAD_USER_INPUT', { fields: [{ field: 'zip', message: '00000 is not a US zip code we know.' }] }),
      },
    });
    const zip = screen.getByLabelText('ZIP code');
    await waitFor(() => expect(zip).toHaveAttribute('aria-invalid', 'true'));
    expect(zip).toHaveAccessibleDescription('00000 is not a US zip code we know.');
    expect(screen.queryByTestId('nearby-groups')).not.toBeInTheDocument();
  });
});
