import { now } from '../../common/clock.js';
import { createHash, randomBytes } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppError, isStorageFull } from '../../common/app-error.js';
import { AppHttpError } from '../../common/http-error.js';
import type { Viewer } from '../../common/viewer.js';
import { AppConfig } from '../../config/app-config.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import type { AccountRecord } from '../accounts/models/account.model.js';
import { dummyPasswordHash, verifyPassword } from '../accounts/password.js';
import { SessionsRepository } from './sessions.repository.js';
import { AuditAction } from '../audit/audit.js';
import { PasswordCheckGate, SignInLimiter } from './sign-in-limiter.js';
import { noteAccountLocale } from '../../i18n/request-locale.js';
import { storedLocale } from '../../i18n/locales.js';

export const SESSION_COOKIE = 'cg_session';

/** The database keeps only a hash of each session token, so a copy of the data opens no sessions. */
const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Who a session is, remembered so a request reads no session from the graph (a read cost 0.75 ms of engine CPU,
 * more than a bare Apollo request in all). Kept in step in this process: signing out forgets the session, any
 * saved account change (role, regions, disabled: AccountsRepository.changes) forgets them all, and an entry
 * never outlives its session. On the embedded engine this process makes every such change, so an entry is kept
 * until then; on Neo4j, where another app instance may sign a session out or disable an account, an entry is
 * read again after VIEWER_CACHE_MS.
 */
const VIEWER_CACHE_MS = 5_000;
const VIEWER_CACHE_MAX = 10_000;

/** A refused sign-in: HTTP 429 with Retry-After, and the code the web app shows the message of. */
const signInLimited = (message: string, retryAfterSeconds: number) =>
  new AppHttpError('TOO_MANY_REQUESTS', message, 429, { 'retry-after': String(retryAfterSeconds) });

@Injectable()
export class AuthService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Auth');
  private sweeper?: NodeJS.Timeout;
  /** Per email: guards one account against guessing. */
  private readonly byEmail: SignInLimiter;
  /** Per address: guards against spraying many accounts, loose enough that one person's typos do not lock out an office behind one address. */
  private readonly byAddress: SignInLimiter;
  /** Password checks: one at a time per email, SIGNIN_CONCURRENT_CHECKS at once over the server. */
  readonly passwordChecks: PasswordCheckGate;
  private viewers = new Map<string, { viewer: Viewer; expiresAt: string; until: number }>();
  private accountChangesSeen = 0;
  private signOuts = 0;
  /**
   * Sessions opened, and sessions ended, while the disk was too full to save them (STORAGE_FULL): signing in and
   * out keep working there. Kept in this process only: after a restart the unsaved sessions sign in again.
   */
  private readonly unsavedSessions = new Map<string, { accountId: string; expiresAt: string }>();
  private readonly unsavedSignOuts = new Set<string>();

  constructor(
    private readonly sessions: SessionsRepository,
    private readonly accounts: AccountsRepository,
    private readonly config: AppConfig,
  ) {
    const window = config.SIGNIN_WINDOW_MINUTES * 60_000;
    this.byEmail = new SignInLimiter(config.SIGNIN_MAX_FAILURES, window);
    this.byAddress = new SignInLimiter(config.SIGNIN_MAX_FAILURES * 10, window);
    this.passwordChecks = new PasswordCheckGate(config.SIGNIN_CONCURRENT_CHECKS);
  }

  /** Checks the password and opens a session. The same message for an unknown email and a wrong password. */
  async signIn(email: string, password: string, address: string): Promise<{ token: string; account: AccountRecord; expires: Date }> {
    const normalized = email.trim().toLowerCase();
    const wait = Math.max(this.byEmail.retryAfter(normalized), this.byAddress.retryAfter(address));
    if (wait > 0) {
      const minutes = Math.max(1, Math.ceil(wait / 60_000));
      throw signInLimited(`Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, Math.ceil(wait / 1000));
    }
    if (this.passwordChecks.full) throw signInLimited('Many people are signing in right now. Try again in a few seconds.', 5);
    // Counted before the password is checked, with no await since the checks above: of a burst of parallel
    // tries, no more are let through (to wait their turn, one at a time per email) than the limit allows.
    // A good password takes its attempt back.
    this.byEmail.attempt(normalized);
    this.byAddress.attempt(address);
    const { account, ok } = await this.passwordChecks.check(normalized, async () => {
      const account = await this.accounts.byEmail(normalized);
      return { account, ok: await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), password) };
    });
    if (!account || !ok || account.disabled) {
      // Never what was typed: an email that matches no account may be a mistyped password. Attempts refused by the
      // limiter above write nothing, so guessing cannot fill the disk with entries.
      const summary = !account
        ? 'Failed sign-in: the email matches no account'
        : !ok
          ? `Failed sign-in to ${account.displayName}'s account: wrong password`
          : `Failed sign-in to ${account.displayName}'s account: it is disabled`;
      await this.sessions
        .audit({
          action: AuditAction.SIGN_IN_FAILED,
          actorId: account?.id ?? null,
          targetType: 'account',
          targetId: account?.id ?? null,
          summary,
          clientAddress: address,
        })
        .catch((e: unknown) => {
          if (!isStorageFull(e)) this.logger.error('A failed sign-in could not be written to the audit log');
        });
      throw new AppError('UNAUTHENTICATED', 'That email and password do not match an account.');
    }
    this.byAddress.forgiveOne(address);
    this.byEmail.reset(normalized);
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const expires = new Date(now.getTime() + this.config.SESSION_TTL_HOURS * 3_600_000);
    const session = { id: tokenId(token), accountId: account.id, createdAt: now.toISOString(), expiresAt: expires.toISOString() };
    try {
      await this.sessions.open(
        session,
        {
          action: AuditAction.SIGNED_IN,
          actorId: account.id,
          targetType: 'account',
          targetId: account.id,
          summary: `${account.displayName} signed in`,
          clientAddress: address,
        },
        now.toISOString(),
      );
    } catch (e) {
      // A full disk: the session is kept in memory until restart (and the sign-in is not in the audit log).
      if (!isStorageFull(e)) throw e;
      if (this.unsavedSessions.size >= VIEWER_CACHE_MAX) this.unsavedSessions.delete(this.unsavedSessions.keys().next().value!);
      this.unsavedSessions.set(session.id, { accountId: account.id, expiresAt: session.expiresAt });
    }
    return { token, account, expires };
  }

  async signOut(token: string | undefined): Promise<void> {
    if (!token) return;
    this.signOuts++;
    this.viewers.delete(tokenId(token));
    try {
      if (!this.unsavedSessions.delete(tokenId(token))) await this.sessions.delete(tokenId(token));
    } catch (e) {
      if (!isStorageFull(e)) throw e;
      this.unsavedSignOuts.add(tokenId(token));
    } finally {
      this.signOuts++;
      this.viewers.delete(tokenId(token));
    }
  }

  /**
   * The viewer a session token belongs to, if the session is live and the account enabled. The rest of the request
   * speaks the account's language from here on (i18n/request-locale.ts).
   */
  async viewerFor(token: string | undefined): Promise<Viewer | undefined> {
    const viewer = await this.sessionViewer(token);
    noteAccountLocale(viewer?.locale);
    return viewer;
  }

  private async sessionViewer(token: string | undefined): Promise<Viewer | undefined> {
    if (!token || token.length > 200) return undefined;
    const id = tokenId(token);
    const at = now();
    if (this.accounts.changes !== this.accountChangesSeen) {
      this.viewers.clear();
      this.accountChangesSeen = this.accounts.changes;
    }
    const known = this.viewers.get(id);
    if (known && known.until > Date.now() && known.expiresAt > at) return known.viewer;
    if (this.unsavedSignOuts.has(id)) return undefined;
    const unsaved = this.unsavedSessions.get(id);
    if (unsaved) {
      const [a] = unsaved.expiresAt > at ? await this.accounts.byIds([unsaved.accountId]) : [];
      return a && !a.disabled
        ? { accountId: a.id, role: a.role, regions: [...a.regions], allRegions: a.allRegions, locale: storedLocale(a.locale) }
        : undefined;
    }
    const changes = this.accounts.changes;
    const signOuts = this.signOuts;
    const row = await this.sessions.withAccount(id, at);
    if (!row) {
      this.viewers.delete(id);
      return undefined;
    }
    const a = row.account;
    const viewer: Viewer = { accountId: a.id, role: a.role, regions: [...a.regions], allRegions: a.allRegions, locale: storedLocale(a.locale) };
    // Not remembered when an account changed while reading (the row may predate it).
    if (changes === this.accounts.changes && changes === this.accountChangesSeen && signOuts === this.signOuts) {
      if (this.viewers.size >= VIEWER_CACHE_MAX) this.viewers.clear();
      const until = this.sessions.soleWriter ? Number.POSITIVE_INFINITY : Date.now() + VIEWER_CACHE_MS;
      this.viewers.set(id, { viewer, expiresAt: row.expiresAt, until });
    }
    return viewer;
  }

  /** Expired sessions are swept at start and hourly; a live check never trusts one anyway (see viewerFor). */
  async onApplicationBootstrap(): Promise<void> {
    // On a full disk the app still starts (reads and sign-in go on); the sweep runs again within the hour.
    await this.deleteExpiredSessions().catch((e: unknown) => {
      if (!isStorageFull(e)) throw e;
    });
    this.sweeper = setInterval(() => void this.deleteExpiredSessions().catch(() => undefined), 3_600_000);
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }

  async deleteExpiredSessions(): Promise<void> {
    await this.sessions.deleteExpired(now());
  }
}

export function readCookie(header: string | string[] | undefined, name: string): string | undefined {
  const raw = Array.isArray(header) ? header.join(';') : header;
  if (!raw) return undefined;
  for (const part of raw.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) {
      try {
        return decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
