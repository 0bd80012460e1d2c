import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { todayUtc } from '../../common/clock.js';
import { AppConfig } from '../../config/app-config.js';
import { ReachIndex } from '../reach/reach-index.js';
import { InsightsRepository } from './insights.repository.js';
import { SIGNALS, windowsEnding, type Windows } from './leader-score.js';
import { BRIDGING_STRIDE, scoreNetwork, SIGNAL_COUNT, type Phase, type RankedScores } from './network-scoring.js';

export const DEFAULT_WINDOW_DAYS = 90;
/** Results kept per window length (the most recent ones). */
const KEEP_WINDOWS = 4;
const FILE = /^leader-scores-(\d+)\.bin$/;
const FORMAT = 2;
/** Rough share of each phase in a run, for the progress shown. */
const PHASES: Array<[string, number]> = [['activity', 0.1], ['ties', 0.1], ['communities', 0.5], ['evidence', 0.15], ['ranking', 0.1], ['saving', 0.05]];

/** One finished run: the ranking and when and how it was made. */
export interface LeaderRun extends RankedScores {
  windowDays: number;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
}

export interface LeaderJobStatus {
  running: boolean;
  windowDays: number | null;
  phase: string | null;
  /** 0 to 1. */
  progress: number;
  startedAt: string | null;
  /** A short message when the last run failed (details in the server log). */
  lastError: string | null;
  lastErrorAt: string | null;
  runs: LeaderRun[];
}

/**
 * Emerging leaders over the whole network, as a background job: started by the `recomputeLeaderScores` mutation,
 * and every LEADERS_SCHEDULE_HOURS (first 30 s after start when no result is newer than that). One run at a
 * time; it yields to the event loop between slices of work so the API keeps answering.
 *
 * The last finished run per window length is kept in memory and in DATA_DIR/insights/leader-scores-<days>.bin
 * (written to a temporary file, then renamed), read back at start: after a restart the leaders page shows the
 * last ranking with the time it was computed. The file holds the ranked people's ids and regions and the counts
 * behind each part of their scores (about 70 bytes a person).
 */
@Injectable()
export class LeaderScoringJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LeaderScoring');
  private readonly results = new Map<number, LeaderRun>();
  private current: { windowDays: number; startedAt: string; phase: string; progress: number; done: Promise<LeaderRun | null> } | null = null;
  private lastError: { message: string; at: string } | null = null;
  private timers: NodeJS.Timeout[] = [];
  private closed = false;
  private loaded: Promise<void> | null = null;

  constructor(
    private readonly repo: InsightsRepository,
    private readonly index: ReachIndex,
    private readonly config: AppConfig,
  ) {}

  private get dir(): string {
    return resolve(this.config.DATA_DIR, 'insights');
  }

  onApplicationBootstrap(): void {
    this.loaded = this.loadSaved();
    const hours = this.config.LEADERS_SCHEDULE_HOURS;
    if (hours > 0) {
      const check = () => {
        const last = this.results.get(DEFAULT_WINDOW_DAYS);
        const stale = !last || Date.now() - Date.parse(last.finishedAt) >= hours * 3_600_000;
        if (stale && !this.current && !this.closed) this.start(DEFAULT_WINDOW_DAYS).catch(() => undefined);
      };
      // After start has settled (the demo coalition, the reach index), then hourly.
      const first = setTimeout(() => void this.loaded?.then(check), 30_000);
      const hourly = setInterval(check, 3_600_000);
      first.unref();
      hourly.unref();
      this.timers.push(first, hourly);
    }
  }

  onApplicationShutdown(): void {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
  }

  /** The last finished run for this window length, if any. */
  async result(windowDays: number): Promise<LeaderRun | null> {
    await this.loaded;
    return this.results.get(windowDays) ?? null;
  }

  status(): LeaderJobStatus {
    const c = this.current;
    return {
      running: !!c, windowDays: c?.windowDays ?? null, phase: c?.phase ?? null, progress: c ? Math.round(c.progress * 1000) / 1000 : 0, startedAt: c?.startedAt ?? null,
      lastError: this.lastError?.message ?? null, lastErrorAt: this.lastError?.at ?? null,
      runs: [...this.results.values()].sort((a, b) => b.finishedAt.localeCompare(a.finishedAt)),
    };
  }

  /** Starts a run for this window length unless one is running (then that one goes on). Resolves when it ends. */
  start(windowDays: number): Promise<LeaderRun | null> {
    if (this.current) return this.current.done;
    const startedAt = new Date().toISOString();
    const current = { windowDays, startedAt, phase: 'activity', progress: 0, done: Promise.resolve<LeaderRun | null>(null) };
    this.current = current;
    current.done = this.run(windowDays, startedAt, (phase, fraction) => {
      let before = 0;
      for (const [name, share] of PHASES) {
        if (name === phase) {
          current.phase = phase;
          current.progress = Math.min(1, before + share * Math.max(0, Math.min(1, fraction)));
          return;
        }
        before += share;
      }
    }).finally(() => {
      if (this.current === current) this.current = null;
    });
    return current.done;
  }

  private async run(windowDays: number, startedAt: string, progress: (phase: string, fraction: number) => void): Promise<LeaderRun | null> {
    const t0 = performance.now();
    try {
      await this.loaded;
      await this.index.ensureLoaded();
      const windows = windowsEnding(todayUtc(), windowDays);
      progress('activity', 0);
      let t = performance.now();
      const activity = await this.repo.activity({ allRegions: true, regions: [] }, windows);
      const readMs = Math.round(performance.now() - t);
      progress('ties', 0);
      t = performance.now();
      const ties = this.index.knowsTies();
      const snapshotMs = Math.round(performance.now() - t);
      t = performance.now();
      const keys = await this.repo.personKeys({ allRegions: true, regions: [] }, ties.ids, ties.indexOf);
      const keysMs = Math.round(performance.now() - t);
      const scored = await scoreNetwork({ ties, inScope: null, windows, activity, keys, progress, pause: () => new Promise((r) => setImmediate(r)) });
      progress('saving', 0);
      const finishedAt = new Date().toISOString();
      const run: LeaderRun = {
        ...scored,
        windowDays, startedAt, finishedAt, durationMs: 0,
        phases: [{ name: `read activity (${activity.counts.length.toLocaleString('en-US')} person counts, ${activity.dated.length} roles)`, ms: readMs },
          { name: `snapshot of ${ties.count.toLocaleString('en-US')} ties`, ms: snapshotMs }, { name: 'read sort keys (the order communities are computed in)', ms: keysMs }, ...scored.phases],
      };
      run.durationMs = Math.round(performance.now() - t0);
      t = performance.now();
      await this.save(run);
      run.phases.push({ name: 'save', ms: Math.round(performance.now() - t) });
      this.results.set(windowDays, run);
      this.trim();
      this.lastError = null;
      this.logger.log(`Emerging leaders scored for a ${windowDays}-day window: ${run.ids.length} people with points, ${run.durationMs} ms`);
      return run;
    } catch (e) {
      this.lastError = { message: 'The last run failed; the server log has the details. The previous ranking is still shown.', at: new Date().toISOString() };
      this.logger.error(`Emerging-leader scoring failed: ${(e as Error).name}: ${(e as Error).message}`);
      return null;
    }
  }

  private trim(): void {
    const byAge = [...this.results.values()].sort((a, b) => b.finishedAt.localeCompare(a.finishedAt));
    for (const old of byAge.slice(KEEP_WINDOWS)) this.results.delete(old.windowDays);
  }

  /** [u32 header length][header JSON][ids, '\n'-joined][regions, '\n'-joined][counts, then bridging, int32 little-endian]. */
  private async save(run: LeaderRun): Promise<void> {
    const ids = Buffer.from(run.ids.join('\n'), 'utf8');
    const regions = Buffer.from(run.region.join('\n'), 'utf8');
    const counts = Buffer.from(run.counts.buffer, run.counts.byteOffset, run.counts.byteLength);
    const bridging = Buffer.from(run.bridging.buffer, run.bridging.byteOffset, run.bridging.byteLength);
    const header = Buffer.from(JSON.stringify({
      format: FORMAT, windowDays: run.windowDays, windows: run.windows, startedAt: run.startedAt, finishedAt: run.finishedAt, durationMs: run.durationMs, phases: run.phases,
      communities: run.communities, louvain: run.louvain, tiesScored: run.tiesScored, people: run.ids.length, idsBytes: ids.length, regionsBytes: regions.length, signals: SIGNAL_COUNT,
    }), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    await mkdir(this.dir, { recursive: true });
    const file = join(this.dir, `leader-scores-${run.windowDays}.bin`);
    await writeFile(`${file}.tmp`, Buffer.concat([length, header, ids, regions, counts, bridging]));
    await rename(`${file}.tmp`, file);
  }

  private async loadSaved(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return; // nothing saved yet
    }
    for (const name of names) {
      if (!FILE.test(name)) continue;
      try {
        const run = parse(await readFile(join(this.dir, name)));
        if (!this.results.has(run.windowDays)) this.results.set(run.windowDays, run);
      } catch (e) {
        this.logger.warn(`Ignoring ${name}: ${(e as Error).message}`);
      }
    }
    this.trim();
  }
}

function parse(buf: Buffer): LeaderRun {
  const headerLength = buf.readUInt32LE(0);
  const h = JSON.parse(buf.subarray(4, 4 + headerLength).toString('utf8')) as {
    format: number; windowDays: number; windows: Windows; startedAt: string; finishedAt: string; phases: Phase[]; communities: number; louvain: string; tiesScored: number;
    people: number; idsBytes: number; regionsBytes: number; signals: number; durationMs: number;
  };
  if (h.format !== FORMAT || h.signals !== SIGNAL_COUNT) throw new Error('saved by another version');
  let at = 4 + headerLength;
  const split = (bytes: number) => {
    const text = buf.subarray(at, at + bytes).toString('utf8');
    at += bytes;
    return h.people === 0 ? [] : text.split('\n');
  };
  const ids = split(h.idsBytes);
  const region = split(h.regionsBytes);
  const stride = SIGNAL_COUNT * 2;
  if (ids.length !== h.people || region.length !== h.people || buf.length - at !== h.people * (stride + BRIDGING_STRIDE) * 4) throw new Error('damaged');
  const counts = new Int32Array(h.people * stride);
  for (let k = 0; k < counts.length; k++) counts[k] = buf.readInt32LE(at + 4 * k);
  at += counts.length * 4;
  const bridging = new Int32Array(h.people * BRIDGING_STRIDE);
  for (let k = 0; k < bridging.length; k++) bridging[k] = buf.readInt32LE(at + 4 * k);
  const score = new Int32Array(h.people);
  const previous = new Int32Array(h.people);
  const weights = SIGNALS.map((x) => x.weight);
  for (let r = 0; r < h.people; r++) {
    for (let s = 0; s < SIGNAL_COUNT; s++) {
      score[r] += weights[s] * counts[r * stride + s * 2];
      previous[r] += weights[s] * counts[r * stride + s * 2 + 1];
    }
  }
  const durationMs = h.durationMs;
  return { windows: h.windows, ids, region, counts, bridging, score, previous, communities: h.communities, louvain: h.louvain, tiesScored: h.tiesScored, phases: h.phases, windowDays: h.windowDays, startedAt: h.startedAt, finishedAt: h.finishedAt, durationMs };
}
