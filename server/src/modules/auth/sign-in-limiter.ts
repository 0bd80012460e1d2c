import pLimit, { type LimitFunction } from 'p-limit';

/**
 * Counts sign-in attempts per key (an email, an address) in a sliding window. An attempt is counted before its
 * password is checked, so a burst of parallel tries gets no more checks than the limit allows; a good password
 * takes its attempt back. In memory: a restart forgets, which only ever lets an attacker start again from
 * zero, never locks a user out for longer.
 */
export class SignInLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly maxAttempts: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the key may try again, or 0 when it may try now. */
  retryAfter(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.maxAttempts) return 0;
    return recent[0] + this.windowMs - this.now();
  }

  /** Counts an attempt whose outcome is not known yet. */
  attempt(key: string): void {
    const recent = this.recent(key);
    recent.push(this.now());
    this.attempts.set(key, recent);
    if (this.attempts.size > 100_000) this.prune();
  }

  /** Takes back the newest attempt (it succeeded). */
  forgiveOne(key: string): void {
    const recent = this.recent(key);
    recent.pop();
    if (recent.length) this.attempts.set(key, recent);
    else this.attempts.delete(key);
  }

  reset(key: string): void {
    this.attempts.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.attempts.get(key) ?? []).filter((t) => t > since);
  }

  private prune(): void {
    for (const key of [...this.attempts.keys()]) if (this.recent(key).length === 0) this.attempts.delete(key);
  }
}

/** Why a password is not checked now. */
export type CheckRefusal = 'checking-this-account' | 'server-busy';

/**
 * Password checks (argon2: 64 MiB and a core for tens of milliseconds each): at most one at a time per email,
 * at most `concurrent` over the server, and at most `concurrent` × 8 waiting for a turn. Beyond that a check
 * is refused at once rather than queued, so a burst can neither stall the server nor exhaust its memory.
 */
export class PasswordCheckGate {
  private readonly checking = new Set<string>();
  private readonly slots: LimitFunction;
  private readonly maxWaiting: number;
  /** Password checks started since the app started. */
  checksStarted = 0;

  constructor(concurrent: number) {
    this.slots = pLimit(concurrent);
    this.maxWaiting = concurrent * 8;
  }

  /** Why a check for `email` cannot start now, or null when it can. */
  refusal(email: string): CheckRefusal | null {
    if (this.checking.has(email)) return 'checking-this-account';
    if (this.slots.pendingCount >= this.maxWaiting) return 'server-busy';
    return null;
  }

  /**
   * Runs `check` for `email` when a slot is free. The email counts as being checked from this call on
   * (synchronously), so asking refusal() and calling this with no await between them admits one request only.
   */
  async check<T>(email: string, check: () => Promise<T>): Promise<T> {
    this.checking.add(email);
    try {
      return await this.slots(() => {
        this.checksStarted++;
        return check();
      });
    } finally {
      this.checking.delete(email);
    }
  }
}
