import type { ValidationError } from 'class-validator';
import type { FieldProblem } from '../../../common/app-error.js';
import { inRegion, type Viewer } from '../../../common/viewer.js';
import type { GraphStore, GraphTx } from '../../../graph/graph-store.port.js';
import type { Region } from '../../regions/region.model.js';
import type { RowReport } from '../import-job.js';
import type { ImportKind } from '../mapping.js';

/**
 * One kind of import (people, organizations, interactions, attendance...) as a unit: it reads a batch of rows
 * (already split into fields by the mapping), decides per row what it would do, and writes the batch inside
 * the transaction the service opens (which also records the job's progress). The service does the rest:
 * files, mappings, jobs, batches, progress, resume and roll-back.
 *
 * The roll-back contract every unit keeps: what it creates (nodes and relationships) carries `importId` = the
 * job's id (nodes also `importVersion`, the version it left them at, when not 1); what it changes in a record or
 * relationship it did not create gets an ImportUndo node first (see import.queries.ts `undo*`).
 */
export interface ImportKindUnit {
  readonly kind: ImportKind;
  /** Starts a job's pass over the rows (reads what matching needs). */
  open(ctx: KindContext): Promise<KindRun>;
}

export interface KindRun {
  plan(rows: BatchRow[]): Promise<BatchPlan>;
}

export interface KindContext {
  readonly store: GraphStore;
  readonly viewer: Viewer;
  /** The job's id: the `importId` of everything this run creates. */
  readonly importId: string;
  readonly dryRun: boolean;
  readonly regions: RegionLookup;
  /** The fields some column is mapped to. */
  readonly mapped: ReadonlySet<string>;
}

export interface BatchRow {
  line: number;
  /** Cells per field (see mapping.ts `gather`). */
  g: Map<string, string[]>;
}

export interface BatchPlan {
  /** One per row, in order. */
  reports: RowReport[];
  /** Writes the batch inside the service's transaction; returns ids of records someone changed meanwhile (not written). */
  write?(tx: GraphTx, at: string): Promise<Set<string>>;
}

/** Regions by id or name, and the importer's default for rows without one. */
export class RegionLookup {
  private readonly byId: Map<string, Region>;
  private readonly byName: Map<string, Region>;

  constructor(all: readonly Region[], private readonly viewer: Viewer, readonly fallback: Region | null) {
    this.byId = new Map(all.map((r) => [r.id, r]));
    this.byName = new Map(all.map((r) => [r.name.toLowerCase(), r]));
  }

  name(id: string): string {
    return this.byId.get(id)?.name ?? id;
  }

  /** The row's region (its cell, else the default), or problems saying why not. */
  resolve(text: string | undefined, problems: FieldProblem[]): Region | null {
    let region: Region | null | undefined = this.fallback;
    if (text) {
      region = this.byId.get(text) ?? this.byName.get(text.toLowerCase());
      if (!region) {
        problems.push({ field: 'region', message: `There is no region named ${text}.` });
        return null;
      }
    }
    if (!region) {
      problems.push({ field: 'region', message: 'Choose a region: map a column to region, or give a default region.' });
      return null;
    }
    if (!inRegion(this.viewer, region.id)) {
      problems.push({ field: 'region', message: `${region.name} is not one of your regions.` });
      return null;
    }
    return region;
  }
}

/** class-validator's errors as field problems (regionId is called region in files). */
export function problemsOf(errors: ValidationError[]): FieldProblem[] {
  return errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((message) => ({ field: e.property === 'regionId' ? 'region' : e.property, message })),
    ...problemsOf(e.children ?? []),
  ]);
}
