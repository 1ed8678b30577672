import fc from 'fast-check';
import { AFTER_SUCCESSFUL_SIGN_IN, LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS, afterFailedSignIn, isLocked } from './auth.rules';

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
