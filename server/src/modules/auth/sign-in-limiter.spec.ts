import { PasswordCheckGate, SignInLimiter } from './sign-in-limiter.js';

describe('SignInLimiter', () => {
  it('blocks a key after the allowed attempts and lets it try again when the window has passed', () => {
    let now = 1_000_000;
    const limiter = new SignInLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('email:a@example.org')).toBe(0);
      limiter.attempt('email:a@example.org');
      now += 1000;
    }
    expect(limiter.retryAfter('email:a@example.org')).toBe(57_000);
    expect(limiter.retryAfter('email:b@example.org')).toBe(0);
    now += 57_000;
    expect(limiter.retryAfter('email:a@example.org')).toBe(0);
  });

  it('forgets attempts after a successful sign-in', () => {
    const limiter = new SignInLimiter(2, 60_000);
    limiter.attempt('k');
    limiter.attempt('k');
    expect(limiter.retryAfter('k')).toBeGreaterThan(0);
    limiter.reset('k');
    expect(limiter.retryAfter('k')).toBe(0);
  });

  it('takes back one attempt that succeeded, leaving the others counted', () => {
    const limiter = new SignInLimiter(2, 60_000);
    limiter.attempt('address');
    limiter.attempt('address');
    limiter.forgiveOne('address');
    expect(limiter.retryAfter('address')).toBe(0);
    limiter.attempt('address');
    expect(limiter.retryAfter('address')).toBeGreaterThan(0);
  });
});

/** A password check that finishes when the test says so. */
function pending() {
  let finish!: (ok: boolean) => void;
  const done = new Promise<boolean>((r) => (finish = r));
  return { done, finish };
}

describe('PasswordCheckGate', () => {
  it('checks one password at a time per email: a second check for it waits for the first', async () => {
    const gate = new PasswordCheckGate(4);
    const first = pending();
    const second = pending();
    const order: string[] = [];
    const a = gate.check('a@example.org', async () => (order.push('a1 start'), await first.done));
    const b = gate.check('a@example.org', async () => (order.push('a2 start'), await second.done));
    const other = gate.check('b@example.org', async () => (order.push('b start'), true));
    await other;
    expect(order).toEqual(['a1 start', 'b start']);
    first.finish(false);
    await a;
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual(['a1 start', 'b start', 'a2 start']);
    second.finish(true);
    await expect(b).resolves.toBe(true);
  });

  it('runs at most the configured number of checks at once; the others wait their turn, and past a bound the gate is full', async () => {
    const gate = new PasswordCheckGate(2);
    const checks = Array.from({ length: 18 }, () => pending());
    let running = 0;
    let mostAtOnce = 0;
    const results = checks.map((c, i) =>
      gate.check(`person${i}@example.org`, async () => {
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        const ok = await c.done;
        running--;
        return ok;
      }),
    );
    await new Promise((r) => setImmediate(r));
    expect(gate.checksStarted).toBe(2);
    // 2 running and 16 (2 × 8) waiting: a new sign-in is refused at once.
    expect(gate.full).toBe(true);
    for (const c of checks) c.finish(true);
    await Promise.all(results);
    expect(mostAtOnce).toBe(2);
    expect(gate.checksStarted).toBe(18);
    expect(gate.full).toBe(false);
  });

  it('goes on after a check fails with an error', async () => {
    const gate = new PasswordCheckGate(1);
    await expect(gate.check('a@example.org', () => Promise.reject(new Error('store unavailable')))).rejects.toThrow('store unavailable');
    await expect(gate.check('a@example.org', async () => 'checked')).resolves.toBe('checked');
  });
});
