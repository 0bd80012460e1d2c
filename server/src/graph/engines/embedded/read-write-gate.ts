/**
 * Reads together, writes alone. LadybugDB 0.19.1 crashed the process (SIGSEGV in `CSRNodeGroup::scanCommittedInMem`,
 * a read scanning ties on a reader connection) while a CHECKPOINT folded ties into the database file on the writer
 * connection (`RelTable::checkpoint`): the scheduled backup's checkpoint, a minute after start, in 2 runs out of 6 of
 * `bench/read-path.mjs --writes 5` (10 clients reading pages, 5 ties saved a second). A COMMIT runs the same
 * checkpoint by itself once the write-ahead log is large enough, so every write transaction, the backup's checkpoint
 * and schema changes run alone: each waits for the reads under way to end, and reads that arrive meanwhile wait for
 * it; a waiting write goes before reads that arrive after it, so a steady stream of reads cannot hold writes back.
 * Writes are already one at a time (the store's write queue): at most one waits here.
 *
 * Written here rather than taken from a library: the maintained async-lock packages on npm (async-mutex, p-limit)
 * have no shared/exclusive lock, and this one is about thirty lines.
 */
export class ReadWriteGate {
  private reading = 0;
  private writing = false;
  private writerWaiting: (() => void) | null = null;
  private readsWaiting: Array<() => void> = [];

  /** Runs a read once no write is under way or waiting. */
  async read<T>(fn: () => Promise<T>): Promise<T> {
    // Woken reads are counted by the write that wakes them, before any other write can start.
    if (this.writing || this.writerWaiting) await new Promise<void>((resolve) => this.readsWaiting.push(resolve));
    else this.reading++;
    try {
      return await fn();
    } finally {
      this.reading--;
      if (this.reading === 0 && this.writerWaiting) {
        const admit = this.writerWaiting;
        this.writerWaiting = null;
        this.writing = true;
        admit();
      }
    }
  }

  /** Runs a write once the reads under way have ended; one at a time (the caller's queue makes sure of it). */
  async write<T>(fn: () => Promise<T>): Promise<T> {
    if (this.writing || this.writerWaiting) throw new Error('ReadWriteGate: one write at a time');
    if (this.reading > 0) await new Promise<void>((resolve) => (this.writerWaiting = resolve));
    else this.writing = true;
    try {
      return await fn();
    } finally {
      this.writing = false;
      const woken = this.readsWaiting;
      this.readsWaiting = [];
      this.reading += woken.length;
      for (const wake of woken) wake();
    }
  }
}
