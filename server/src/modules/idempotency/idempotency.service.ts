import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppError, badInput } from '../../common/app-error.js';
import { now } from '../../common/clock.js';
import type { Viewer } from '../../common/viewer.js';
import { GraphError } from '../../graph/errors.js';
import type { GraphTx } from '../../graph/graph-store.port.js';
import { IdempotencyQueries as Q } from './idempotency.queries.js';
import { IdempotencyRepository } from './idempotency.repository.js';

/** Keys are kept at least this long (a retry after a day is a new submission). */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;
const PRUNE_EVERY_MS = 3_600_000;

/** What a client may send: a UUID fits, and nothing that needs escaping anywhere. */
const KEY = /^[A-Za-z0-9_-]{8,100}$/;

/** The key a create request came with, waiting for the create's transaction to keep it. */
interface Claim {
  readonly id: string;
  readonly accountId: string;
  readonly operation: string;
  readonly fingerprint: string;
  kept: boolean;
}

const claims = new AsyncLocalStorage<Claim>();

/**
 * Called inside a create's transaction with the new record's id: keeps the request's idempotency key
 * (when it came with one) in the same transaction, so the record and its key commit or fail together.
 */
export async function keepIdempotencyKey(tx: GraphTx, resultId: string): Promise<void> {
  const claim = claims.getStore();
  if (!claim || claim.kept) return;
  await tx.run(Q.keep, { id: claim.id, accountId: claim.accountId, operation: claim.operation, fingerprint: claim.fingerprint, resultId, at: now() });
  claim.kept = true;
}

export interface CreateRequest {
  readonly viewer: Viewer;
  readonly key: string;
  /** The mutation's name: a key is for one kind of create. */
  readonly operation: string;
  /** The mutation's arguments other than the key: a retry must send the same. */
  readonly args: Record<string, unknown>;
}

/** Retried creates (same account, same key) answer the first result instead of creating again. */
@Injectable()
export class IdempotencyService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Idempotency');
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly repo: IdempotencyRepository) {}

  async once<T>(request: CreateRequest, create: () => Promise<T>, load: (resultId: string) => Promise<T>): Promise<T> {
    if (!KEY.test(request.key)) throw badInput('idempotencyKey', 'The idempotency key must be 8 to 100 letters, digits, - or _ (a UUID fits).');
    const claim: Claim = {
      id: `${request.viewer.accountId}:${request.key}`,
      accountId: request.viewer.accountId,
      operation: request.operation,
      fingerprint: fingerprint(request.args),
      kept: false,
    };
    const earlier = await this.earlier(claim);
    if (earlier) return load(earlier);
    try {
      const result = await claims.run(claim, create);
      if (!claim.kept) this.logger.error(`${claim.operation} did not keep its idempotency key: a retry would create again`);
      return result;
    } catch (e) {
      // The same key sent twice at once: the second create's transaction failed on the key and changed nothing.
      if (e instanceof GraphError && e.kind === 'unique-violation') {
        const first = await this.earlier(claim);
        if (first) return load(first);
      }
      throw e;
    }
  }

  /** Removes keys older than the TTL; returns how many. */
  async prune(at = Date.now()): Promise<number> {
    const before = new Date(at - IDEMPOTENCY_KEY_TTL_HOURS * 3_600_000).toISOString();
    return this.repo.prune(before);
  }

  onApplicationBootstrap(): void {
    const run = () =>
      this.prune().then(
        (n) => n && this.logger.log(`Removed ${n} idempotency keys older than ${IDEMPOTENCY_KEY_TTL_HOURS} h`),
        (e: unknown) => this.logger.warn(`Could not remove old idempotency keys (${e instanceof Error ? e.name : 'error'}); will try again in an hour`),
      );
    void run();
    this.timer = setInterval(run, PRUNE_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async earlier(claim: Claim): Promise<string | null> {
    const row = await this.repo.find(claim.id);
    if (!row) return null;
    if (row.operation !== claim.operation || row.fingerprint !== claim.fingerprint) {
      throw new AppError('CONFLICT', 'This idempotency key was already used for a different save. Reload to see what was saved; a new save needs a new key.', [
        { field: 'idempotencyKey', message: 'Already used for a different save.' },
      ]);
    }
    return row.resultId;
  }
}

/**
 * The same arguments, whatever the order of their fields, give the same fingerprint. Passwords (createAccount)
 * are left out: the fingerprint is stored, and a fast hash of a password and otherwise known fields can be reversed.
 */
function fingerprint(args: Record<string, unknown>): string {
  return createHash('sha256').update(stable(args)).digest('base64url');
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().filter((k) => k !== 'password' && (value as Record<string, unknown>)[k] !== undefined).map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
