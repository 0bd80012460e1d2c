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

/**
 * Password checks (argon2: 64 MiB and a core for tens of milliseconds each): one at a time per email (others
 * for the same email wait their turn; SignInLimiter bounds how many there can be), at most `concurrent` over
 * the server, and at most `concurrent` × 8 waiting for a turn. Past that a check is refused at once rather than
 * queued, so a burst can neither stall the server nor exhaust its memory.
 */
export class PasswordCheckGate {
  private readonly perEmail = new Map<string, LimitFunction>();
  private readonly slots: LimitFunction;
  private readonly maxWaiting: number;
  /** Password checks started since the app started. */
  checksStarted = 0;

  constructor(concurrent: number) {
    this.slots = pLimit(concurrent);
    this.maxWaiting = concurrent * 8;
  }

  /** True when the server has as many checks waiting as it keeps: a new one is refused. */
  get full(): boolean {
    return this.slots.pendingCount >= this.maxWaiting;
  }

  /** Runs `check` when no other check for `email` runs and a server-wide slot is free. */
  async check<T>(email: string, check: () => Promise<T>): Promise<T> {
    let one = this.perEmail.get(email);
    if (!one) this.perEmail.set(email, (one = pLimit(1)));
    const own = one;
    try {
      return await own(() =>
        this.slots(() => {
          this.checksStarted++;
          return check();
        }),
      );
    } finally {
      if (own.activeCount === 0 && own.pendingCount === 0 && this.perEmail.get(email) === own) this.perEmail.delete(email);
    }
  }
}
