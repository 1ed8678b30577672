/** Ten failed sign-ins in a row lock the account for fifteen minutes (SPEC §5.1). */
export const MAX_FAILED_SIGN_INS = 10;
export const LOCKOUT_MINUTES = 15;

export interface SignInState {
  failedSignIns: number;
  lockedUntil: Date | null;
}

export function isLocked(state: SignInState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** The state after a wrong password: the tenth failure in a row locks the account and restarts the count. */
export function afterFailedSignIn(state: SignInState, now: Date): SignInState {
  const failedSignIns = state.failedSignIns + 1;
  if (failedSignIns >= MAX_FAILED_SIGN_INS) {
    return { failedSignIns: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) };
  }
  return { failedSignIns, lockedUntil: state.lockedUntil };
}

export const AFTER_SUCCESSFUL_SIGN_IN: SignInState = { failedSignIns: 0, lockedUntil: null };
