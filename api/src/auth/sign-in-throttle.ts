import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { AuthException } from './auth.exception';
import { FixedWindowRateLimiter } from './auth.rules';

/**
 * Failed sign-ins per client address and per e-mail per minute, checked before the database is
 * touched or a password hashed: past the limit a guesser gets 429 for free, while the server spends
 * nothing. Only failures count, so the people who know their password never meet it. In memory,
 * so per API process (N processes allow N× the failures); the account lockout in PostgreSQL
 * stays the bound that holds across processes.
 */
@Injectable()
export class SignInThrottle {
  private readonly byAddress: FixedWindowRateLimiter;
  private readonly byEmail: FixedWindowRateLimiter;

  constructor(@Inject(APP_CONFIG) config: ResolvedConfig) {
    this.byAddress = new FixedWindowRateLimiter(config.signIn.failuresPerAddressPerMinute);
    this.byEmail = new FixedWindowRateLimiter(config.signIn.failuresPerEmailPerMinute);
  }

  /** Throws 429 when either the address or the e-mail has used up this minute's failures. */
  assertMayTry(address: string, email: string, nowMs: number): void {
    const decisions = [this.byAddress.peek(address, nowMs), this.byEmail.peek(email, nowMs)];
    const refused = decisions.filter((decision) => !decision.allowed);
    if (refused.length > 0) throw AuthException.throttled(Math.max(...refused.map((decision) => decision.retryAfterSeconds)));
  }

  recordFailure(address: string, email: string, nowMs: number): void {
    this.byAddress.hit(address, nowMs);
    this.byEmail.hit(email, nowMs);
  }
}
