import { Inject, Injectable } from '@nestjs/common';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../../graph/graph-store.port.js';
import type { AccountRecord } from './models/account.model.js';
import { AccountQueries } from './accounts.queries.js';
import { keepIdempotencyKey } from '../idempotency/idempotency.service.js';
import { recordAudit, type AuditInput } from '../audit/audit.js';

@Injectable()
export class AccountsRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  /** Email uniqueness is checked in the same write transaction (the embedded engine has no unique constraint besides the key). */
  async createUnique(record: AccountRecord, audit: readonly AuditInput[] = []): Promise<AccountRecord | null> {
    return this.store.transaction(async (tx: GraphTx) => {
      if ((await tx.run(AccountQueries.byEmail, { email: record.email })).length) return null;
      const [row] = await tx.run(AccountQueries.create, { ...record });
      await keepIdempotencyKey(tx, record.id);
      for (const entry of audit) await recordAudit(tx, entry);
      return row.a;
    });
  }

  async byEmail(email: string): Promise<AccountRecord | null> {
    const [row] = await this.store.read(AccountQueries.byEmail, { email });
    return row ? row.a : null;
  }

  async byIds(ids: readonly string[]): Promise<AccountRecord[]> {
    if (!ids.length) return [];
    return (await this.store.read(AccountQueries.byIds, { ids: [...ids] })).map((r) => r.a);
  }

  async all(): Promise<AccountRecord[]> {
    return (await this.store.read(AccountQueries.all)).map((r) => r.a);
  }

  /** Links the account to a person record (null unlinks); null when another account is linked to that person. */
  async setPerson(id: string, personId: string | null): Promise<AccountRecord | null> {
    const [row] = personId
      ? await this.store.write(AccountQueries.linkPerson, { id, personId })
      : await this.store.write(AccountQueries.unlinkPerson, { id });
    return row ? row.a : null;
  }

  /** Counts saved account changes, so caches of who a session is (AuthService) drop what they hold. */
  changes = 0;

  /** Saves the account; a disabled account's sessions end, and the audit entries are written, in the same transaction. */
  async update(record: AccountRecord, audit: readonly AuditInput[] = []): Promise<AccountRecord> {
    try {
      return await this.store.transaction(async (tx) => {
        const [row] = await tx.run(AccountQueries.update, { id: record.id, displayName: record.displayName, role: record.role, regions: record.regions,
          allRegions: record.allRegions, disabled: record.disabled, canExport: !!record.canExport, passwordHash: record.passwordHash });
        if (record.disabled) await tx.run(AccountQueries.endSessions, { id: record.id });
        for (const entry of audit) await recordAudit(tx, entry);
        return row.a;
      });
    } finally {
      this.changes++;
    }
  }

  /** Sets the account's language and writes the audit entries in the same transaction; null when there is no such account. */
  async setLocale(id: string, locale: string | null, audit: readonly AuditInput[] = []): Promise<AccountRecord | null> {
    try {
      return await this.store.transaction(async (tx) => {
        const [row] = await tx.run(AccountQueries.setLocale, { id, locale });
        if (!row) return null;
        for (const entry of audit) await recordAudit(tx, entry);
        return row.a;
      });
    } finally {
      this.changes++;
    }
  }

  async count(): Promise<number> {
    const [row] = await this.store.read(AccountQueries.count);
    return Number(row.total);
  }
}
