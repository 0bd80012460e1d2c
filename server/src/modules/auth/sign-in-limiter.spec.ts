import { SignInLimiter } from './sign-in-limiter.js';

describe('SignInLimiter', () => {
  it('blocks a key after the allowed failures and lets it try again when the window has passed', () => {
    let now = 1_000_000;
    const limiter = new SignInLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('email:a@example.org')).toBe(0);
      limiter.fail('email:a@example.org');
      now += 1000;
    }
    expect(limiter.retryAfter('email:a@example.org')).toBe(57_000);
    expect(limiter.retryAfter('email:b@example.org')).toBe(0);
    now += 57_000;
    expect(limiter.retryAfter('email:a@example.org')).toBe(0);
  });

  it('forgets failures after a successful sign-in', () => {
    const limiter = new SignInLimiter(2, 60_000);
    limiter.fail('k');
    limiter.fail('k');
    expect(limiter.retryAfter('k')).toBeGreaterThan(0);
    limiter.reset('k');
    expect(limiter.retryAfter('k')).toBe(0);
  });
});
