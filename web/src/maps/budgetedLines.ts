import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { DrawRate, fitLinks, LINK_BUDGET_MS, type Fit } from './lod';

/** What a map's link program shares with the map (one per map). */
export interface LinkLod {
  rate: DrawRate;
  budgetMs: number;
  /**
   * Where each link sits in the line buffer: slot[i] for the i-th link sigma adds (the graph's order), so that the
   * buffer is in the order of importance (lod.ts linkOrder) while the graph keeps the server's order (adding 88,000
   * links to graphology in a shuffled order takes twice as long).
   */
  slot: Int32Array;
  /** Buffer positions of links always drawn, whatever the budget: the hovered and the selected record's, sorted. */
  extra: Int32Array;
  /** Set when the camera moved: the links of the next render are drawn in the following frame, after the records. */
  moved: boolean;
  /**
   * Set for a render that changes only the records (a hover): the links' canvas is left as it is (not cleared, see
   * MapCanvas) and the links are drawn again in the following frame.
   */
  keep: boolean;
  /** What was drawn last, and a callback when it changes. */
  last: Fit | null;
  onFit?(fit: Fit): void;
}

export function newLinkLod(slot: Int32Array): LinkLod {
  return { rate: drawRate(), budgetMs: LINK_BUDGET_MS, slot, extra: new Int32Array(0), moved: false, keep: false, last: null };
}

/**
 * The measured draw rate; or, when a browser test sets `window.coalitionMapDrawRate` (ms per unit), that rate,
 * fixed, so which links fit depends on the view and not on how busy the test machine is.
 */
function drawRate(): DrawRate {
  const fixed = (globalThis as { coalitionMapDrawRate?: unknown }).coalitionMapDrawRate;
  return typeof fixed === 'number' && fixed > 0 ? new DrawRate(fixed, 0) : new DrawRate();
}

/** Waits until the GPU (here: SwiftShader in the GPU process) has run everything sent to `gl`. */
function finish(gl: WebGLRenderingContext | WebGL2RenderingContext | null): void {
  if (!gl) return;
  const pixel = new Uint8Array(4);
  gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
}

/**
 * sigma's 1-pixel line program, drawing only as many links (in the order they were added to the graph) as fit the
 * time budget at the current zoom, plus the hovered and selected records' links. Each draw is timed to completion
 * so the budget follows this machine's speed (with a GPU, every link fits). After the camera moved, the links are
 * drawn one frame after the records, so a stop's work is spread over two frames.
 */
export function budgetedLineProgram(lod: LinkLod) {
  return class BudgetedLineProgram extends EdgeLineProgram {
    private drawn = 0;
    private draws = 0;
    private renders = 0;
    private pending = 0;
    private timer = 0;
    private nodesGl: WebGLRenderingContext | WebGL2RenderingContext | null | undefined;

    override process(edgeIndex: number, offset: number, source: NodeDisplayData, target: NodeDisplayData, data: EdgeDisplayData): void {
      super.process(edgeIndex, lod.slot[offset] ?? offset, source, target, data);
    }

    override render(params: RenderParams): void {
      this.renders++;
      if (lod.moved || lod.keep) {
        lod.moved = false;
        lod.keep = false;
        this.later(params);
        return;
      }
      this.draw(params);
    }

    override kill(): void {
      cancelAnimationFrame(this.pending);
      clearTimeout(this.timer);
      super.kill();
    }

    /**
     * Draws the links again at a next frame (after `delay` ms), unless sigma rendered again meanwhile (then that
     * render drew them) or the camera moved (then the next stop draws them).
     */
    private later(params: RenderParams, delay = 0): void {
      const renders = this.renders;
      const run = () => {
        if (lod.moved || renders !== this.renders) return;
        const gl = this.normalProgram.gl;
        gl.bindFramebuffer(gl.FRAMEBUFFER, null);
        gl.clear(gl.COLOR_BUFFER_BIT);
        this.draw(params);
      };
      if (delay > 0) this.timer = window.setTimeout(() => void (this.pending = requestAnimationFrame(run)), delay);
      else this.pending = requestAnimationFrame(run);
    }

    private fit(params: RenderParams, budget: number): Fit {
      const buffer = { array: this.array, stride: this.ATTRIBUTES_ITEMS_COUNT, color: 2, count: this.capacity };
      return fitLinks(buffer, params.matrix, params.width * params.pixelRatio, params.height * params.pixelRatio, budget);
    }

    private draw(params: RenderParams): void {
      if (this.hasNothingToRender()) return;
      const fit = this.fit(params, lod.rate.budget(lod.budgetMs));
      this.drawn = fit.drawn;
      if (this.draws++ === 0) {
        // The first draw also compiles the shaders, so it says nothing of the drawing speed: it is not waited for,
        // and the links are drawn again, timed, a little later (not in the frame that shows the map first).
        super.render(params);
        this.report(fit);
        this.later(params, 250);
        return;
      }
      // Time the links alone: first wait for what was sent before them (the records, on their own canvas, and the links).
      if (this.nodesGl === undefined) {
        const canvas = this.renderer.getCanvases().nodes;
        this.nodesGl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl') ?? null;
      }
      finish(this.nodesGl);
      finish(this.normalProgram.gl);
      const t = performance.now();
      super.render(params);
      finish(this.normalProgram.gl);
      lod.rate.observe(performance.now() - t, fit.units);
      this.report(fit);
      // Faster than estimated (a GPU, a quieter machine): draw more at the next frame.
      if (fit.drawn < this.capacity && this.fit(params, lod.rate.budget(lod.budgetMs)).drawn > fit.drawn * 1.25) this.later(params);
    }

    private report(fit: Fit): void {
      if (!lod.last || lod.last.shown !== fit.shown || lod.last.total !== fit.total) lod.onFit?.(fit);
      lod.last = fit;
    }

    override drawWebGL(method: number, { gl, frameBuffer }: { gl: WebGLRenderingContext; frameBuffer: WebGLFramebuffer | null }): void {
      gl.bindFramebuffer(gl.FRAMEBUFFER, frameBuffer);
      if (this.drawn > 0) gl.drawArrays(method, 0, this.drawn * this.VERTICES);
      for (const p of lod.extra) if (p >= this.drawn && p < this.capacity) gl.drawArrays(method, p * this.VERTICES, this.VERTICES);
    }
  };
}

/** sigma's test for a moving camera (it hides the links then), from the renderer's public state. */
export function isMoving(renderer: { getCamera(): { isAnimated(): boolean }; getMouseCaptor(): { isMoving: boolean; draggedEvents: number; currentWheelDirection: number } }): boolean {
  const captor = renderer.getMouseCaptor();
  return renderer.getCamera().isAnimated() || captor.isMoving || captor.draggedEvents > 0 || captor.currentWheelDirection !== 0;
}

/**
 * sigma's point program for records, without the picking pass while the map moves: that pass (an off-screen copy
 * of the records in id colours, read back to find the record under the mouse) is only needed once the map stops,
 * and costs about as much as the records themselves in software WebGL. The render at the stop draws it again.
 */
export class RecordPointProgram extends NodePointProgram {
  override render(params: RenderParams): void {
    const pick = this.pickProgram;
    if (!pick || !isMoving(this.renderer)) return super.render(params);
    this.pickProgram = null;
    try {
      super.render(params);
    } finally {
      this.pickProgram = pick;
    }
  }
}
