import fc from 'fast-check';
import {
  AFTER_SUCCESSFUL_SIGN_IN,
  FixedWindowRateLimiter,
  LOCKOUT_MINUTES,
  MAX_FAILED_SIGN_INS,
  RATE_LIMITER_MAX_CLIENTS,
  UNLOCK_TOKEN_MAX_ATTEMPTS,
  UNLOCK_TOKEN_TTL_MINUTES,
  afterFailedSignIn,
  decideUnlock,
  isLocked,
  unlockTokenExpiry,
  type UnlockTokenState,
} from './auth.rules';

const now = new Date('2026-11-22T10:00:00Z');

describe('sign-in lockout', () => {
  it('locks for fifteen minutes on the tenth failure in a row, not before', () => {
    let state = AFTER_SUCCESSFUL_SIGN_IN;
    for (let failure = 1; failure < MAX_FAILED_SIGN_INS; failure++) {
      state = afterFailedSignIn(state, now);
      expect(isLocked(state, now)).toBe(false);
    }
    state = afterFailedSignIn(state, now);
    expect(isLocked(state, now)).toBe(true);
    expect(state.lockedUntil).toEqual(new Date(now.getTime() + LOCKOUT_MINUTES * 60_000));
  });

  it('is unlocked once the fifteen minutes have passed, and counts afresh', () => {
    const locked = { failedSignIns: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) };
    const later = new Date(locked.lockedUntil.getTime() + 1);
    expect(isLocked(locked, new Date(locked.lockedUntil.getTime() - 1))).toBe(true);
    expect(isLocked(locked, later)).toBe(false);
    expect(isLocked(afterFailedSignIn(locked, later), later)).toBe(false);
  });

  it('never locks with fewer than ten failures in a row, whatever came before a success', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 40 }), (attempts) => {
        let state = AFTER_SUCCESSFUL_SIGN_IN;
        let failuresInARow = 0;
        for (const succeeded of attempts) {
          state = succeeded ? AFTER_SUCCESSFUL_SIGN_IN : afterFailedSignIn(state, now);
          failuresInARow = succeeded ? 0 : failuresInARow + 1;
          expect(isLocked(state, now)).toBe(failuresInARow >= MAX_FAILED_SIGN_INS);
          if (isLocked(state, now)) return;
        }
      }),
    );
  });
});

describe('FixedWindowRateLimiter', () => {
  const minute = 60_000;

  it('allows the limit per client per minute, then says how long to wait', () => {
    const limiter = new FixedWindowRateLimiter(2);
    const start = 10 * minute + 15_000;
    expect(limiter.hit('a', start).allowed).toBe(true);
    expect(limiter.hit('a', start).allowed).toBe(true);
    expect(limiter.hit('b', start).allowed).toBe(true);
    expect(limiter.hit('a', start + 500)).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(limiter.hit('a', 11 * minute).allowed).toBe(true);
  });

  it('peeks at the next decision without counting it', () => {
    const limiter = new FixedWindowRateLimiter(1);
    for (let peek = 0; peek < 5; peek++) expect(limiter.peek('a', 0).allowed).toBe(true);
    limiter.hit('a', 0);
    expect(limiter.peek('a', 1_000)).toEqual({ allowed: false, retryAfterSeconds: 59 });
    expect(limiter.peek('a', minute).allowed).toBe(true);
  });

  it('never allows more than the limit in one window, and always says to wait at least a second', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.integer({ min: 0, max: minute - 1 }), { maxLength: 60 }), (limit, offsets) => {
        const limiter = new FixedWindowRateLimiter(limit);
        const decisions = [...offsets].sort((a, b) => a - b).map((offset) => limiter.hit('client', offset));
        expect(decisions.filter((decision) => decision.allowed)).toHaveLength(Math.min(limit, offsets.length));
        for (const decision of decisions.filter((d) => !d.allowed)) expect(decision.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  describe('with a cap on the clients it keeps', () => {
    it('keeps at most the cap of clients per window, however many come', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 20 }),
          fc.array(fc.record({ client: fc.string({ maxLength: 3 }), offset: fc.integer({ min: 0, max: 3 * minute }) }), { maxLength: 200 }),
          (cap, hits) => {
            const limiter = new FixedWindowRateLimiter(3, cap);
            for (const { client, offset } of [...hits].sort((a, b) => a.offset - b.offset)) {
              limiter.hit(client, offset);
              expect(limiter.trackedClients).toBeLessThanOrEqual(cap);
            }
          },
        ),
      );
    });

    it('by default keeps a bounded number of clients under a flood of made-up ones', () => {
      const limiter = new FixedWindowRateLimiter(30);
      for (let n = 0; n < RATE_LIMITER_MAX_CLIENTS * 3; n++) limiter.hit(`guess-${n}@example.kz`, 1_000);
      expect(limiter.trackedClients).toBe(RATE_LIMITER_MAX_CLIENTS);
    });

    it('never refuses a client it could not count: a flood cannot shut out someone who has not failed', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: minute - 1 }), (limit, cap, offset) => {
          const limiter = new FixedWindowRateLimiter(limit, cap);
          for (let n = 0; n < cap; n++) limiter.hit(`attacker-${n}`, 0);
          // The admin, never counted, may try however often the attacker fills the limiter.
          for (let attempt = 0; attempt < limit + 3; attempt++) {
            expect(limiter.peek('admin', offset).allowed).toBe(true);
            expect(limiter.hit('admin', offset).allowed).toBe(true);
          }
          expect(limiter.trackedClients).toBe(cap);
        }),
      );
    });

    it('keeps limiting the clients it counted before the cap was reached, until the window ends', () => {
      const limiter = new FixedWindowRateLimiter(2, 3);
      limiter.hit('attacker', 0);
      limiter.hit('attacker', 0);
      for (let n = 0; n < 10; n++) limiter.hit(`filler-${n}`, 0);
      expect(limiter.peek('attacker', 30_000)).toEqual({ allowed: false, retryAfterSeconds: 30 });
      expect(limiter.hit('attacker', 30_000).allowed).toBe(false);
      expect(limiter.peek('attacker', minute).allowed).toBe(true);
    });

    it('starts each window empty, so the clients of a new minute are counted again', () => {
      const limiter = new FixedWindowRateLimiter(1, 2);
      limiter.hit('a', 0);
      limiter.hit('b', 0);
      limiter.hit('c', 0);
      expect(limiter.hit('c', 0).allowed).toBe(true);
      limiter.hit('c', minute);
      expect(limiter.hit('c', minute).allowed).toBe(false);
    });
  });
});

describe('the unlock token', () => {
  const issuedAt = new Date('2026-03-01T04:30:00Z');
  const fresh: UnlockTokenState = { expiresAt: unlockTokenExpiry(issuedAt), usedAt: null, failedAttempts: 0 };
  const minutes = (count: number) => new Date(issuedAt.getTime() + count * 60_000);
  const tokens = fc.record({
    expiresAt: fc.constant(fresh.expiresAt),
    usedAt: fc.option(fc.constant(minutes(1)), { nil: null }),
    failedAttempts: fc.integer({ min: 0, max: UNLOCK_TOKEN_MAX_ATTEMPTS + 2 }),
  });
  const moments = fc.integer({ min: 0, max: 2 * UNLOCK_TOKEN_TTL_MINUTES }).map(minutes);

  it('lasts an hour', () => {
    expect(fresh.expiresAt).toEqual(new Date('2026-03-01T05:30:00Z'));
  });

  it('with the right password lifts the lock while unused, unexpired and with attempts left', () => {
    expect(decideUnlock(fresh, true, minutes(5))).toEqual({ outcome: 'unlock' });
    expect(decideUnlock({ ...fresh, failedAttempts: UNLOCK_TOKEN_MAX_ATTEMPTS - 1 }, true, minutes(59))).toEqual({ outcome: 'unlock' });
  });

  it('unlocks exactly then, and never without the right password', () => {
    fc.assert(
      fc.property(tokens, fc.boolean(), moments, (token, passwordMatches, now) => {
        const good = token.usedAt === null && now < token.expiresAt && token.failedAttempts < UNLOCK_TOKEN_MAX_ATTEMPTS;
        expect(decideUnlock(token, passwordMatches, now).outcome === 'unlock').toBe(good && passwordMatches);
      }),
    );
  });

  it('refuses a used, expired or spent token for that reason, whatever the password, so a refusal says nothing about it', () => {
    expect(decideUnlock({ ...fresh, usedAt: minutes(1) }, true, minutes(2))).toEqual({ outcome: 'refuse', reason: 'used', attemptsLeft: 0 });
    expect(decideUnlock(fresh, true, fresh.expiresAt)).toEqual({ outcome: 'refuse', reason: 'expired', attemptsLeft: 0 });
    expect(decideUnlock({ ...fresh, failedAttempts: UNLOCK_TOKEN_MAX_ATTEMPTS }, true, minutes(2))).toEqual({ outcome: 'refuse', reason: 'spent', attemptsLeft: 0 });
    fc.assert(
      fc.property(tokens, moments, (token, now) => {
        const withRight = decideUnlock(token, true, now);
        if (withRight.outcome === 'refuse') expect(decideUnlock(token, false, now)).toEqual(withRight);
      }),
    );
  });

  it('lets a wrong password use up one attempt at a time, the last one spending it', () => {
    let token = fresh;
    for (let attempt = 1; attempt <= UNLOCK_TOKEN_MAX_ATTEMPTS; attempt++) {
      expect(decideUnlock(token, false, minutes(3))).toEqual({ outcome: 'refuse', reason: 'wrong-password', attemptsLeft: UNLOCK_TOKEN_MAX_ATTEMPTS - attempt });
      token = { ...token, failedAttempts: token.failedAttempts + 1 };
    }
    expect(decideUnlock(token, true, minutes(3)).outcome).toBe('refuse');
  });
});
