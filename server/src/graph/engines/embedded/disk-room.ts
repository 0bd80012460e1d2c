import { statfsSync, statSync } from 'node:fs';

const MiB = 2 ** 20;

/**
 * Free space a checkpoint of a log of `walBytes` may take while it runs. The engine checkpoints inside a COMMIT once
 * the log passes 16 MiB, and after every COPY. Measured on LadybugDB 0.19.1 (64 MB and 256 MB tmpfs, people with
 * 20-100 KB random notes): a 16 MiB log took up to 32.5 MiB at its peak (the new pages are written before the log
 * is dropped), so twice the log, plus room for the file's own growth steps. A COPY of a 40 MiB file took 43.2 MiB
 * at its checkpoint.
 */
export const checkpointRoom = (walBytes: number) => 2 * walBytes + 4 * MiB;

/** How long a look at the free space is trusted; the bytes written meanwhile are taken off it. */
const FREE_SPACE_TTL_MS = 1_000;

/**
 * Free space in the data folder, looked at (fs.statfs) at most once a second, and the rule for what fits:
 * a write may use the disk only if, after it, at least the reserve is left and a checkpoint of the log it grows
 * still fits. The engine is never let near a full disk (it can crash there, or after a failed checkpoint put
 * one record's data on another).
 */
export class DiskRoom {
  private known: { free: number; at: number } | null = null;

  constructor(
    private readonly dir: string,
    readonly reserveBytes: number,
  ) {}

  free(): number {
    const at = Date.now();
    if (!this.known || at - this.known.at > FREE_SPACE_TTL_MS) {
      const s = statfsSync(this.dir);
      this.known = { free: Number(s.bavail) * Number(s.bsize), at };
    }
    return this.known.free;
  }

  /** Bytes just written: taken off the last look until the next one. */
  spent(bytes: number): void {
    if (this.known) this.known.free -= bytes;
  }

  /** After a checkpoint or a backup the space changed by more than was estimated. */
  forget(): void {
    this.known = null;
  }

  /** Whether `bytes` more in a log now holding `walBytes` leave the reserve and room for its checkpoint. */
  fits(bytes: number, walBytes: number): boolean {
    return this.free() - bytes >= Math.max(this.reserveBytes, checkpointRoom(walBytes + bytes));
  }
}

/**
 * What a statement may add to the database: twice the bytes of its parameters (the values, their index entries and
 * page headers), plus the size of the files a COPY ... FROM loads, plus a page for the statement itself. Counted
 * once as the write and again, doubled, in the room for the checkpoint that follows (see `fits`): three times a
 * COPY's files in all, where a 40 MiB file needed 1.1 times its size.
 */
export function estimateWriteBytes(stagedFiles: readonly string[], params: unknown): number {
  let bytes = 4096 + 2 * valueBytes(params);
  for (const f of stagedFiles) bytes += fileSize(f);
  return bytes;
}

/** The files a `COPY T FROM '...'` or `COPY T FROM (LOAD FROM ['...'])` reads, from its text (the names are fixed in it). */
export function copySourceFiles(text: string): string[] {
  if (!/^\s*COPY\s+\w+\s*\(/i.test(text)) return [];
  return [...text.matchAll(/'([^']+)'/g)].map((m) => m[1]).filter((s) => s.includes('/') || s.includes('\\'));
}

function valueBytes(v: unknown): number {
  if (v === null || v === undefined) return 1;
  if (typeof v === 'string') return Buffer.byteLength(v);
  if (typeof v === 'number' || typeof v === 'bigint') return 8;
  if (typeof v === 'boolean') return 1;
  if (v instanceof Date) return 8;
  if (Array.isArray(v)) {
    let n = 8;
    for (const x of v) n += valueBytes(x);
    return n;
  }
  if (typeof v === 'object') {
    let n = 8;
    for (const x of Object.values(v as Record<string, unknown>)) n += valueBytes(x);
    return n;
  }
  return 8;
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
