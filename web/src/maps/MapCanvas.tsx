import { drawOnCanvas } from '@sigma/export-image';
import Graph from 'graphology';
import { useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import { EdgeLineProgram, NodeCircleProgram } from 'sigma/rendering';
import { budgetedLineProgram, isMoving, newLinkLod, RecordPointProgram } from './budgetedLines';
import { crowdScale, linkNote, linkOrder } from './lod';
import { composeMapImage, MAP_IMAGE_SIZE, saveCanvas, type MapCaption } from './mapImage';
import { CHANGE_COLOR, edgeChange, edgeKind, type PackedMap } from './packed';
import { t } from '../i18n/intl';

export interface MapCanvasApi {
  /** Saves the whole map (whatever the zoom on screen) as a PNG with the caption's title, date, scope and legend. */
  downloadPng(caption: MapCaption): Promise<void>;
  zoomIn(): void;
  zoomOut(): void;
  reset(): void;
}

export interface MapCanvasProps {
  map: PackedMap;
  sizes: Float32Array;
  colors: string[];
  visible: { nodes: Uint8Array; edges: Uint8Array };
  selected: number | null;
  /** Move the camera to this record (seq changes each time, so the same record can be focused again). */
  focus: { node: number; seq: number } | null;
  onSelect(node: number | null): void;
  onReady?(api: MapCanvasApi | null): void;
}

declare global {
  interface Window {
    /** performance.now() when sigma first drew the map (read by bench/map.mjs and the browser test). */
    __mapPainted?: number;
    __mapTimings?: Record<string, number>;
  }
}

/**
 * Above this many links they are hidden while the map moves; above BIG they are drawn as 1-pixel lines, as many as
 * fit a time budget at the current zoom (see lod.ts). Above POINTS records, records are drawn as WebGL points: the
 * circle program draws one instance per record, which software WebGL (SwiftShader) runs one by one (10,000
 * records: 0.19 s a frame against 0.05 s as points).
 */
const MOVING = 5_000;
const BIG = 20_000;
const POINTS = 2_000;
const FADED = '#e5e7eb';
const HOVERED_LINK = '#334155';

/**
 * The map drawn with sigma.js (WebGL) from a graphology graph: positions come from the server, nothing is
 * laid out here. Hover highlights a record's neighbours, a click selects it; filters hide records and links
 * through sigma's reducers (no rebuild).
 */
export default function MapCanvas({ map, sizes, colors, visible, selected, focus, onSelect, onReady }: MapCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma | null>(null);
  const state = useRef({ visible, selected, hovered: null as number | null, neighbours: new Set<string>(), drawExtra: () => undefined as void });
  state.current.visible = visible;
  state.current.selected = selected;
  const select = useRef(onSelect);
  select.current = onSelect;
  const [links, setLinks] = useState<{ shown: number; total: number } | null>(null);

  useEffect(() => {
    const t0 = performance.now();
    const graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
    const n = map.nodes.id.length;
    const scale = crowdScale(n);
    for (let i = 0; i < n; i++) {
      graph.addNode(String(i), { x: map.nodes.x[i], y: map.nodes.y[i], size: sizes[i] * scale, color: colors[i], label: map.nodes.label[i] });
    }
    const m = map.edges.source.length;
    const compare = !!map.compareTo;
    const big = m > BIG;
    // A big map draws its links in this order and stops at its budget: position[e] is where link e sits in the
    // line program's buffer (the graph keeps the server's order).
    const position = new Int32Array(m);
    if (big) linkOrder(map).forEach((e, k) => void (position[e] = k));
    for (let e = 0; e < m; e++) {
      const change = edgeChange(map, e);
      const strength = map.edges.strength[e];
      const color = compare && change !== 'SAME' ? CHANGE_COLOR[change] : edgeKind(map, e) === 'KNOWS' ? '#cbd5e1' : '#a8b3c4';
      graph.addEdgeWithKey(String(e), String(map.edges.source[e]), String(map.edges.target[e]), {
        size: compare && change !== 'SAME' ? 2 : strength > 0 ? 0.4 + strength * 0.3 : 0.8,
        color,
      });
    }
    const t1 = performance.now();
    const lod = newLinkLod(position);
    lod.onFit = (fit) => setLinks({ shown: fit.shown, total: fit.total });
    setLinks(null);
    const points = n > POINTS;
    const sigma = new Sigma(graph, container.current!, {
      allowInvalidContainer: true,
      hideEdgesOnMove: m > MOVING,
      hideLabelsOnMove: m > MOVING,
      labelRenderedSizeThreshold: 9 * crowdScale(n), // labels as before at each zoom, however small the records are drawn
      labelDensity: 0.5,
      zIndex: false,
      ...(points ? { defaultNodeType: 'point', nodeProgramClasses: { point: RecordPointProgram } } : {}),
      ...(big ? { defaultEdgeType: 'fast', edgeProgramClasses: { fast: budgetedLineProgram(lod) } } : {}),
      nodeReducer: (node, data) => {
        const i = Number(node);
        const s = state.current;
        if (!s.visible.nodes[i]) return { ...data, hidden: true };
        if (s.hovered !== null && i !== s.hovered && !s.neighbours.has(node)) return { ...data, color: FADED, label: '' };
        if (i === s.selected || i === s.hovered) return { ...data, highlighted: true, zIndex: 1 };
        return data;
      },
      edgeReducer: (edge, data) => {
        const s = state.current;
        if (!s.visible.edges[Number(edge)]) return { ...data, hidden: true };
        if (s.hovered !== null) {
          const h = String(s.hovered);
          if (big) {
            const [a, b] = graph.extremities(edge);
            // One-pixel lines have no width to thicken: the hovered record's links are darker instead.
            return a === h || b === h ? { ...data, color: HOVERED_LINK } : data;
          }
          const [a, b] = graph.extremities(edge);
          if (a !== h && b !== h) return { ...data, hidden: true };
          return { ...data, size: Math.max(1.5, data.size ?? 1) };
        }
        return data;
      },
    });
    renderer.current = sigma;
    // Links drawn after a move wait one frame (records first): see budgetedLines.ts.
    sigma.getCamera().on('updated', () => {
      lod.moved = true;
    });
    // With hideEdgesOnMove, sigma's mouse captor calls refresh() with no options when a drag ends, only so the
    // hidden links come back: a full re-indexation of every record and link (about 1.3 s for 88,000 links in
    // software WebGL). Drawing again is enough, since nothing moved in the graph: that call now only renders.
    // Every refresh this component asks for passes options, so they still re-index as sigma documents.
    const refresh = sigma.refresh.bind(sigma);
    sigma.refresh = (opts) => (opts ? refresh(opts) : sigma.scheduleRender());
    // A hover on a big map changes the records only: its render leaves the links' canvas as it is (a canvas not drawn
    // on keeps showing its last image), so that frame draws the records alone, and the links are drawn again in the
    // next one (lod.keep, budgetedLines.ts). sigma's clear() clears every layer; this one skips the links' then.
    const clearAll = sigma.clear.bind(sigma);
    sigma.clear = () => {
      if (!lod.keep || lod.moved || isMoving(sigma)) {
        lod.keep = false;
        return clearAll();
      }
      const canvases = sigma.getCanvases();
      for (const id of ['nodes', 'hoverNodes']) {
        const gl = canvases[id]?.getContext('webgl2') ?? canvases[id]?.getContext('webgl');
        gl?.bindFramebuffer(gl.FRAMEBUFFER, null);
        gl?.clear(gl.COLOR_BUFFER_BIT);
      }
      for (const id of ['labels', 'hovers', 'edgeLabels']) canvases[id]?.getContext('2d')?.clearRect(0, 0, canvases[id].width, canvases[id].height);
      return sigma;
    };
    // sigma looks for the record under the mouse at every mouse move by reading a pixel back from the GPU, which
    // waits until the frame being drawn is done (about 0.05 s per move in software WebGL). While a button is held
    // (dragging the map) nothing is hovered, so that read is skipped; a press, release or click still finds the record.
    const picker = sigma as unknown as { getNodeAtPosition(p: { x: number; y: number }): string | null };
    const pick = picker.getNodeAtPosition.bind(sigma);
    picker.getNodeAtPosition = (p) => (sigma.getMouseCaptor().isMouseDown ? null : pick(p));
    // The constructor drew the map (synchronously): it is on screen at the next frame.
    requestAnimationFrame(() => {
      const painted = performance.now();
      window.__mapPainted = painted;
      window.__mapTimings = { ...(window.__mapTimings ?? {}), graph: t1 - t0, sigma: painted - t1, painted };
      container.current?.setAttribute('data-painted', 'true');
    });
    // Hover fades the other records and hides the other links. On a big map, re-processing every link on each
    // hover is slow without a GPU, so there only the records and the hovered record's own links are processed
    // again (partialGraph): the other links stay drawn under the faded records.
    const hover = (node: string | null) => {
      // Passing over records while dragging the map is not hovering them.
      if (node !== null && sigma.getMouseCaptor().isMouseDown) return;
      const before = state.current.hovered;
      if (before === null && node === null) return;
      state.current.hovered = node === null ? null : Number(node);
      state.current.neighbours = node === null ? new Set() : new Set(graph.neighbors(node));
      // Drawn at the next frame (schedule): when a drag starts, the leave comes just before sigma knows the map
      // moves, and drawing at once would draw every link in that frame.
      if (!big) return void sigma.refresh({ skipIndexation: true, schedule: true });
      const edges = new Set<string>();
      for (const n of [before === null ? null : String(before), node]) if (n !== null && graph.hasNode(n)) graph.forEachEdge(n, (e) => void edges.add(e));
      alwaysDrawn();
      lod.keep = true;
      sigma.refresh({ partialGraph: { nodes: graph.nodes(), edges: [...edges] }, skipIndexation: true, schedule: true });
    };
    // The hovered and the selected record's links are drawn whatever the budget.
    const alwaysDrawn = () => {
      const at: number[] = [];
      for (const i of [state.current.hovered, state.current.selected]) {
        if (i !== null && i < n) graph.forEachEdge(String(i), (e) => void at.push(position[Number(e)]));
      }
      lod.extra = Int32Array.from(at).sort();
    };
    state.current.drawExtra = big ? alwaysDrawn : () => undefined;
    sigma.on('enterNode', ({ node }) => hover(node));
    sigma.on('leaveNode', () => hover(null));
    sigma.on('clickNode', ({ node }) => select.current(Number(node)));
    sigma.on('clickStage', () => select.current(null));
    onReady?.({
      // The image has every link and round records, whatever the zoom drew on screen.
      downloadPng: async (caption) => {
        const picture = await drawOnCanvas(sigma, {
          ...MAP_IMAGE_SIZE,
          // The camera's resting state frames every record: the image is the whole map, not the part on screen.
          cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 },
          backgroundColor: '#ffffff',
          sigmaSettings: {
            ...(points ? { nodeProgramClasses: { point: NodeCircleProgram } } : {}),
            ...(big ? { edgeProgramClasses: { fast: EdgeLineProgram } } : {}),
          },
        });
        await saveCanvas(composeMapImage(picture, caption), `network-map-${map.scope.name.replace(/[^\w-]+/g, '-').toLowerCase()}-${map.asOf}`);
      },
      zoomIn: () => void sigma.getCamera().animatedZoom({ duration: 200 }),
      zoomOut: () => void sigma.getCamera().animatedUnzoom({ duration: 200 }),
      reset: () => void sigma.getCamera().animatedReset({ duration: 200 }),
    });
    return () => {
      onReady?.(null);
      renderer.current = null;
      sigma.kill();
    };
    // Sizes and colours are applied below without a rebuild.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map]);

  useEffect(() => {
    const sigma = renderer.current;
    if (!sigma) return;
    const graph = sigma.getGraph();
    const scale = crowdScale(graph.order);
    // Any change makes sigma process every record and link again: none when the map was just built with these.
    let changed = false;
    graph.forEachNode((node, a) => {
      const i = Number(node);
      if (a.size !== sizes[i] * scale || a.color !== colors[i]) changed = true;
    });
    if (!changed) return;
    graph.updateEachNodeAttributes((node, a) => {
      const i = Number(node);
      const size = sizes[i] * scale;
      return a.size === size && a.color === colors[i] ? a : { ...a, size, color: colors[i] };
    });
  }, [sizes, colors]);

  // Filters change what is hidden: every record and link is processed again. A new selection only changes the
  // record selected before and the one selected now.
  const shown = useRef({ visible, selected, sigma: null as Sigma | null });
  useEffect(() => {
    const sigma = renderer.current;
    const before = shown.current;
    shown.current = { visible, selected, sigma };
    // A new map's renderer was just built with these filters and this selection.
    if (!sigma || before.sigma !== sigma) return;
    if (before.visible !== visible) return void sigma.refresh({ skipIndexation: true });
    const nodes = [before.selected, selected].filter((n): n is number => n !== null && n < map.nodes.id.length).map(String);
    state.current.drawExtra();
    if (nodes.length) sigma.refresh({ partialGraph: { nodes }, skipIndexation: true });
  }, [visible, selected, map]);

  useEffect(() => {
    const sigma = renderer.current;
    if (!sigma || !focus) return;
    const d = sigma.getNodeDisplayData(String(focus.node));
    if (d) void sigma.getCamera().animate({ x: d.x, y: d.y, ratio: 0.2 }, { duration: 400 });
  }, [focus]);

  const note = links && linkNote(links.shown, links.total);
  return (
    <>
      <div
        ref={container}
        className="network-canvas"
        data-testid="network-canvas"
        data-links-drawn={links?.shown}
        data-links-total={links?.total}
        role="img"
        aria-label={t('networkmap.networkMapOf', { name: map.scope.name })}
      />
      {note && (
        <p className="network-lod muted small" data-testid="map-lod">
          {note}
        </p>
      )}
    </>
  );
}
