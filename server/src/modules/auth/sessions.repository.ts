import { Inject, Injectable } from '@nestjs/common';
import { GRAPH_STORE, type GraphStore } from '../../graph/graph-store.port.js';
import type { AccountRecord } from '../accounts/models/account.model.js';
import { recordAudit, type AuditInput } from '../audit/audit.js';
import { SessionQueries, type SessionRecord } from './auth.queries.js';

/** All Cypher of sessions, and the audit entries of signing in (written with the session, or alone when refused). */
@Injectable()
export class SessionsRepository {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  /** Only this process writes (the embedded engine): what it remembers of sessions stays true until it changes them. */
  get soleWriter(): boolean {
    return this.store.capabilities.soleWriter;
  }

  /** The session and its audit entry, together. */
  async open(session: SessionRecord, audit: AuditInput, at: string): Promise<void> {
    await this.store.transaction(async (tx) => {
      await tx.run(SessionQueries.create, session);
      await recordAudit(tx, audit, at);
    });
  }

  /** An audit entry on its own (a refused sign-in). */
  async audit(entry: AuditInput): Promise<void> {
    await this.store.transaction((tx) => recordAudit(tx, entry));
  }

  /** The enabled account a live session belongs to, with the session's expiry; null when there is none. */
  async withAccount(id: string, now: string): Promise<{ account: AccountRecord; expiresAt: string } | null> {
    const [row] = await this.store.read(SessionQueries.withAccount, { id, now });
    return row ? { account: row.a, expiresAt: row.expiresAt } : null;
  }

  async delete(id: string): Promise<void> {
    await this.store.write(SessionQueries.delete, { id });
  }

  async deleteExpired(now: string): Promise<void> {
    await this.store.write(SessionQueries.deleteExpired, { now });
  }
}
