import { geoAlbersUsa, geoPath } from 'd3-geo';
import { useEffect, useMemo, useState } from 'react';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { t } from '../i18n/intl';

/** The whole map: the size us-atlas and geoAlbersUsa's default scale are made for. */
const WIDTH = 975;
const HEIGHT = 610;
const projection = geoAlbersUsa().scale(1300).translate([WIDTH / 2, HEIGHT / 2]);

/** Distinct colors for clusters of overlapping groups (readable on white, told apart by the list too). */
export const CLUSTER_COLORS = ['#c2410c', '#7c3aed', '#0f766e', '#b91c1c', '#1d4ed8', '#a16207', '#be185d', '#4d7c0f'];
export const UNCLUSTERED_COLOR = '#1f5f5b';

export function clusterColor(clusterId: number | null): string {
  return clusterId == null ? UNCLUSTERED_COLOR : CLUSTER_COLORS[(clusterId - 1) % CLUSTER_COLORS.length];
}

export interface MapDot {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  areaMiles: number;
  clusterId: number | null;
  highlighted: boolean;
  /** Shown on hover and read by screen readers: name, place, cluster, distance. */
  title: string;
}

export interface MapSearch {
  latitude: number;
  longitude: number;
  miles: number;
  label: string;
}

interface Outline {
  land: string;
  borders: string;
}

/** State outlines, drawn from us-atlas (bundled: no tile server, no network), loaded once on first use. */
let outlinePromise: Promise<Outline> | null = null;
function loadOutline(): Promise<Outline> {
  outlinePromise ??= import('us-atlas/states-10m.json').then((m) => {
    const us = (m.default ?? m) as unknown as Topology<{ states: GeometryCollection; nation: GeometryCollection }>;
    const path = geoPath(projection);
    return {
      land: path(feature(us, us.objects.nation)) ?? '',
      borders: path(mesh(us, us.objects.states, (a, b) => a !== b)) ?? '',
    };
  });
  return outlinePromise;
}

/** Screen units per mile near a place (the projection stretches a little across the country). */
function unitsPerMile(longitude: number, latitude: number): number {
  const a = projection([longitude, latitude]);
  const b = projection([longitude, latitude + 1]);
  if (!a || !b) return 0.33;
  return Math.hypot(b[0] - a[0], b[1] - a[1]) / 69.05;
}

type Box = [number, number, number, number];

/**
 * A box around the given points at the map's aspect, with a margin, at least `minWidth` wide, inside the whole
 * map; the whole map once the box would cover most of it anyway (the country is easier to recognize).
 */
function fit(points: Array<[number, number]>, pad: number, minWidth: number): Box {
  if (!points.length) return [0, 0, WIDTH, HEIGHT];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = Math.max(pad, 0.1 * Math.max(x1 - x0, (y1 - y0) * (WIDTH / HEIGHT)));
  [x0, x1, y0, y1] = [x0 - margin, x1 + margin, y0 - margin, y1 + margin];
  const w = Math.max(x1 - x0, (y1 - y0) * (WIDTH / HEIGHT), minWidth);
  if (w > WIDTH * 0.7) return [0, 0, WIDTH, HEIGHT];
  const h = w * (HEIGHT / WIDTH);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  x0 = Math.min(Math.max(cx - w / 2, 0), WIDTH - w);
  y0 = Math.min(Math.max(cy - h / 2, 0), HEIGHT - h);
  return [x0, y0, w, h];
}

/**
 * The affiliate groups as dots on an outline of the US (Albers USA: Alaska and Hawaii inset). Dots share their
 * cluster's color; each group's area is a faint circle, so overlapping areas show. Zooms to the groups, or to the
 * search area when there is one. It complements the lists beside it, which carry the same information.
 */
export function UsMap({ dots, search, label }: { dots: MapDot[]; search: MapSearch | null; label: string }) {
  const [outline, setOutline] = useState<Outline | null>(null);
  const [outlineFailed, setOutlineFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadOutline().then(
      (o) => live && setOutline(o),
      () => live && setOutlineFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  const placed = useMemo(() => {
    const seen = new Map<string, number>();
    return dots.flatMap((d) => {
      const p = projection([d.longitude, d.latitude]);
      if (!p) return [];
      // Groups at the same zip code would hide each other: the second and later go around the first.
      const key = `${p[0].toFixed(1)},${p[1].toFixed(1)}`;
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      return [{ ...d, x: p[0], y: p[1], stack: n, areaUnits: d.areaMiles * unitsPerMile(d.longitude, d.latitude) }];
    });
  }, [dots]);

  const center = search ? projection([search.longitude, search.latitude]) : null;
  const searchUnits = search && center ? search.miles * unitsPerMile(search.longitude, search.latitude) : 0;

  // The centre's coordinates, not its array (a new one each render), decide when the box is refitted.
  const [centerX, centerY] = center ?? [];
  const box: Box = useMemo(() => {
    if (centerX !== undefined && centerY !== undefined) {
      const r = searchUnits * 1.15;
      return fit(
        [
          [centerX - r, centerY - r],
          [centerX + r, centerY + r],
        ],
        1,
        8,
      );
    }
    return fit(
      placed.map((d) => [d.x, d.y]),
      Math.max(6, ...placed.map((d) => d.areaUnits)),
      30,
    );
  }, [centerX, centerY, searchUnits, placed]);

  const unit = box[2] / 100; // one hundredth of the visible width, for sizes that read the same at any zoom
  const dotR = unit * 1.3;
  const anyHighlighted = placed.some((d) => d.highlighted);

  return (
    <figure className="us-map">
      <svg
        viewBox={box.join(' ')}
        role="img"
        aria-label={label}
        preserveAspectRatio="xMidYMid meet"
        data-testid="us-map"
        data-outline={outline ? 'loaded' : outlineFailed ? 'failed' : 'loading'}
      >
        <rect x={0} y={0} width={WIDTH} height={HEIGHT} className="map-water" />
        {outline && (
          <>
            <path d={outline.land} className="map-land" vectorEffect="non-scaling-stroke" />
            <path d={outline.borders} className="map-borders" vectorEffect="non-scaling-stroke" />
          </>
        )}
        <g className="map-areas">
          {placed.map((d) => (
            <circle
              key={`area-${d.id}`}
              cx={d.x}
              cy={d.y}
              r={d.areaUnits}
              fill={clusterColor(d.clusterId)}
              className="group-area"
              opacity={anyHighlighted && !d.highlighted ? 0.04 : 0.12}
            />
          ))}
        </g>
        {center && (
          <g className="map-search">
            <circle cx={center[0]} cy={center[1]} r={searchUnits} className="search-radius" vectorEffect="non-scaling-stroke" />
            <path
              d={`M${center[0] - dotR} ${center[1]}h${dotR * 2}M${center[0]} ${center[1] - dotR}v${dotR * 2}`}
              className="search-center"
              vectorEffect="non-scaling-stroke"
            >
              <title>{search?.label}</title>
            </path>
          </g>
        )}
        <g className="map-dots">
          {placed
            .slice()
            .sort((a, b) => Number(a.highlighted) - Number(b.highlighted))
            .map((d) => {
              const angle = (d.stack - 1) * (Math.PI / 3);
              const offset = d.stack ? dotR * 2.2 : 0;
              return (
                <circle
                  key={d.id}
                  cx={d.x + offset * Math.cos(angle)}
                  cy={d.y + offset * Math.sin(angle)}
                  r={d.highlighted ? dotR * 1.3 : dotR}
                  fill={clusterColor(d.clusterId)}
                  className={`group-dot${d.highlighted ? ' highlighted' : ''}${anyHighlighted && !d.highlighted ? ' dimmed' : ''}`}
                  vectorEffect="non-scaling-stroke"
                  data-group-id={d.id}
                >
                  <title>{d.title}</title>
                </circle>
              );
            })}
        </g>
      </svg>
      {outlineFailed && <figcaption className="muted small">{t('map.theStateOutlinesCouldNot')}</figcaption>}
    </figure>
  );
}
