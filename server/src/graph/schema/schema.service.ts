import type { GraphStore } from '../graph-store.port.js';
import { migrations } from './migrations.js';
import { SchemaQueries } from './schema.queries.js';

export class SchemaVersionError extends Error {}

/** Applies the graph model and any pending data migrations, recording the schema version. */
export class SchemaService {
  constructor(private readonly store: GraphStore) {}

  async currentVersion(): Promise<number> {
    const rows = await this.store.read(SchemaQueries.version);
    return rows.length ? Number(rows[0].value) : 0;
  }

  async migrate(): Promise<number> {
    await this.store.applySchema();
    const current = await this.currentVersion();
    const latest = migrations[migrations.length - 1].version;
    if (current > latest) {
      throw new SchemaVersionError(
        `The data was written by a newer version of this app (schema ${current}; this app knows up to ${latest}). Upgrade the app.`,
      );
    }
    for (const m of migrations.filter((x) => x.version > current)) {
      await this.store.transaction(async (tx) => {
        for (const q of m.queries) await tx.run(q);
        await m.rewrite?.(tx);
        await tx.run(SchemaQueries.setVersion, { value: String(m.version) });
      });
    }
    return latest;
  }
}
