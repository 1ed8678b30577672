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

// ── The unlock token: the lockout costs the attacker, not the account's owner ─────────────────

/** How long the token e-mailed at a lock stays good; it outlives the lock, but it only ever lifts one. */
export const UNLOCK_TOKEN_TTL_MINUTES = 60;
/** Wrong passwords a token may come with before it is spent: room for a typo, not for guessing. */
export const UNLOCK_TOKEN_MAX_ATTEMPTS = 3;

export interface UnlockTokenState {
  expiresAt: Date;
  usedAt: Date | null;
  failedAttempts: number;
}

/** Why a token did not lift a lock; `wrong-password` counts one of its attempts. */
export type UnlockRefusal = 'used' | 'expired' | 'spent' | 'wrong-password';

export type UnlockDecision = { outcome: 'unlock' } | { outcome: 'refuse'; reason: UnlockRefusal; attemptsLeft: number };

export function unlockTokenExpiry(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + UNLOCK_TOKEN_TTL_MINUTES * 60_000);
}

/**
 * Whether a token, given with a password to a locked account, lifts the lock and signs in: only an
 * unused, unexpired token with attempts left, together with the right password. Anything else
 * leaves SPEC's 423 as it is; the state of the token is weighed first, so a refusal of a used,
 * expired or spent token says nothing about the password.
 */
export function decideUnlock(token: UnlockTokenState, passwordMatches: boolean, now: Date): UnlockDecision {
  const attemptsLeft = Math.max(0, UNLOCK_TOKEN_MAX_ATTEMPTS - token.failedAttempts);
  if (token.usedAt !== null) return { outcome: 'refuse', reason: 'used', attemptsLeft: 0 };
  if (token.expiresAt.getTime() <= now.getTime()) return { outcome: 'refuse', reason: 'expired', attemptsLeft: 0 };
  if (attemptsLeft === 0) return { outcome: 'refuse', reason: 'spent', attemptsLeft: 0 };
  if (!passwordMatches) return { outcome: 'refuse', reason: 'wrong-password', attemptsLeft: attemptsLeft - 1 };
  return { outcome: 'unlock' };
}

export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until the client may try again (0 when allowed). */
  retryAfterSeconds: number;
}

/** Clients one limiter keeps per window: a few MB at most (an e-mail key is ≤ 254 characters). */
export const RATE_LIMITER_MAX_CLIENTS = 10_000;

/**
 * Fixed one-minute windows per client: at most `limit` hits in each. Only the current window's
 * clients are kept, and at most `maxClients` of them, so memory is bounded however many clients a
 * minute brings.
 *
 * Past the cap a new client is not counted, and so never refused, this window. The other choice,
 * refusing every client not yet counted, would hand anyone who can make `maxClients` failed
 * sign-ins a minute (from made-up e-mails, or from many addresses) a switch that shuts every
 * regulator out, the admin with the right password included: the throttle answers before the
 * password is checked, so it cannot tell them apart. Letting new clients through costs little: the
 * clients already counted (the attacker's first ones among them) stay limited to the window's end,
 * and the account lockout in PostgreSQL (ten failures in a row) still bounds guesses at any account.
 */
export class FixedWindowRateLimiter {
  private static readonly WINDOW_MS = 60_000;
  private window = -1;
  private counts = new Map<string, number>();

  constructor(
    private readonly limit: number,
    private readonly maxClients = RATE_LIMITER_MAX_CLIENTS,
  ) {}

  hit(client: string, nowMs: number): RateDecision {
    const count = this.countIn(nowMs, client) + 1;
    if (count > 1 || this.counts.size < this.maxClients) this.counts.set(client, count);
    return this.decide(count, nowMs);
  }

  /** Clients counted in the current window (at most `maxClients`). */
  get trackedClients(): number {
    return this.counts.size;
  }

  /** The decision the next hit would get, without counting one: for limits on failures only. */
  peek(client: string, nowMs: number): RateDecision {
    return this.decide(this.countIn(nowMs, client) + 1, nowMs);
  }

  private countIn(nowMs: number, client: string): number {
    const window = Math.floor(nowMs / FixedWindowRateLimiter.WINDOW_MS);
    if (window !== this.window) {
      this.window = window;
      this.counts = new Map();
    }
    return this.counts.get(client) ?? 0;
  }

  private decide(count: number, nowMs: number): RateDecision {
    if (count <= this.limit) return { allowed: true, retryAfterSeconds: 0 };
    const windowEndMs = (this.window + 1) * FixedWindowRateLimiter.WINDOW_MS;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowEndMs - nowMs) / 1000)) };
  }
}
