import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { LoginResponse } from '@qorgau/shared';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { RegulatorUsersRepository } from '../users/regulator-users.repository';
import { AFTER_SUCCESSFUL_SIGN_IN, afterFailedSignIn, isLocked } from './auth.rules';
import { AuthException } from './auth.exception';
import { SignInThrottle } from './sign-in-throttle';
import { UnknownSignIns } from './unknown-sign-ins';
import { hashPassword, verifyPassword } from '../users/password-hasher';
import { REGULATOR_TOKEN_AUDIENCE, TOKEN_ISSUER } from './regulator-jwt.strategy';

type SignInOutcome = { ok: true; response: LoginResponse } | { ok: false; error: AuthException };

@Injectable()
export class AuthService {
  /** Compared against when the e-mail is unknown, so a wrong e-mail costs as long as a wrong password. */
  private readonly unknownUserHash = hashPassword('no such account');

  constructor(
    private readonly users: RegulatorUsersRepository,
    private readonly audit: AuditService,
    private readonly jwt: JwtService,
    private readonly throttle: SignInThrottle,
    private readonly unknownSignIns: UnknownSignIns,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  /**
   * Sign-ins are audited: failures, the lock they trigger and successes each append an event
   * (unknown e-mails as one event a minute). The throttle answers before any work, and the
   * password is hashed before the account's row is locked, so a guesser holds no lock or
   * connection during scrypt.
   */
  async login(email: string, password: string, requestId: string, clientAddress: string): Promise<LoginResponse> {
    const startedAt = Date.now();
    this.throttle.assertMayTry(clientAddress, email.toLowerCase(), startedAt);
    const candidate = await this.users.findByEmailWithPasswordHash(email);
    if (candidate && candidate.active && isLocked(candidate, new Date())) throw AuthException.locked(candidate.lockedUntil!);
    const passwordMatches = await verifyPassword(password, candidate?.active ? candidate.passwordHash : await this.unknownUserHash);
    if (!passwordMatches) this.throttle.recordFailure(clientAddress, email.toLowerCase(), startedAt);
    if (!candidate) {
      this.unknownSignIns.count(email);
      throw AuthException.invalidCredentials();
    }
    // The failure is returned, not thrown, so that the transaction commits the failed-attempt count.
    const outcome = await this.users.withAccountLocked<SignInOutcome>(email, async (user, manager) => {
      const now = new Date();
      if (!user || !user.active) {
        await this.audit.append(manager, {
          actor: null,
          action: 'auth.sign-in-failed',
          entityType: 'user',
          entityId: user?.id ?? null,
          before: null,
          after: { email: email.toLowerCase(), reason: user ? 'account disabled' : 'unknown e-mail' },
        });
        return { ok: false, error: AuthException.invalidCredentials() };
      }
      if (isLocked(user, now)) return { ok: false, error: AuthException.locked(user.lockedUntil!) };
      // A password changed while this one was being hashed: the answer is for the old one, so it counts for nothing.
      if (user.passwordHash !== candidate.passwordHash) return { ok: false, error: AuthException.invalidCredentials() };
      const actor = { id: user.id, email: user.email, role: user.role, requestId };
      const before = { failedSignIns: user.failedSignIns, lockedUntil: user.lockedUntil, lastSignInAt: user.lastSignInAt };
      if (!passwordMatches) {
        const next = afterFailedSignIn(user, now);
        await this.users.saveSignInState(manager, user.id, next);
        const lockedNow = isLocked(next, now);
        await this.audit.append(manager, {
          actor,
          action: lockedNow ? 'auth.account-locked' : 'auth.sign-in-failed',
          entityType: 'user',
          entityId: user.id,
          before,
          after: { ...before, ...next },
        });
        return { ok: false, error: lockedNow ? AuthException.locked(next.lockedUntil!) : AuthException.invalidCredentials() };
      }
      await this.users.saveSignInState(manager, user.id, AFTER_SUCCESSFUL_SIGN_IN, now);
      await this.audit.append(manager, {
        actor,
        action: 'auth.signed-in',
        entityType: 'user',
        entityId: user.id,
        before,
        after: { ...AFTER_SUCCESSFUL_SIGN_IN, lastSignInAt: now },
      });
      const expiresIn = this.config.auth.jwtExpiresInSeconds;
      const accessToken = await this.jwt.signAsync(
        { sub: user.id, email: user.email, role: user.role },
        { expiresIn, audience: REGULATOR_TOKEN_AUDIENCE, issuer: TOKEN_ISSUER, algorithm: 'HS256' },
      );
      return { ok: true, response: { accessToken, expiresIn, user: { id: user.id, email: user.email, role: user.role } } };
    });
    if (!outcome.ok) throw outcome.error;
    return outcome.response;
  }
}
