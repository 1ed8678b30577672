import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { LoginResponse } from '@qorgau/shared';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { unlockTokenFor, unlockTokenHash, unlockTokenKey } from '../notifications/account-unlock-token.rules';
import { NotificationsRepository } from '../notifications/notifications.repository';
import type { RegulatorUser } from '../users/regulator-user.entity';
import { RegulatorUsersRepository } from '../users/regulator-users.repository';
import { AFTER_SUCCESSFUL_SIGN_IN, afterFailedSignIn, decideUnlock, isLocked, unlockTokenExpiry } from './auth.rules';
import { AuthException } from './auth.exception';
import { SignInThrottle } from './sign-in-throttle';
import { UnknownSignIns } from './unknown-sign-ins';
import { UnlockTokensRepository } from './unlock-tokens.repository';
import { hashPassword, verifyPassword } from '../users/password-hasher';
import { REGULATOR_TOKEN_AUDIENCE, TOKEN_ISSUER } from './regulator-jwt.strategy';

type SignInOutcome = { ok: true; response: LoginResponse } | { ok: false; error: AuthException };

export interface SignInAttempt {
  email: string;
  password: string;
  /** The one-time token e-mailed when the account was locked, from `?unlock=` of the back office. */
  unlockToken?: string;
  requestId: string;
  clientAddress: string;
}

@Injectable()
export class AuthService {
  /** Compared against when the e-mail is unknown, so a wrong e-mail costs as long as a wrong password. */
  private readonly unknownUserHash = hashPassword('no such account');
  private readonly unlockKey: Buffer;

  constructor(
    private readonly users: RegulatorUsersRepository,
    private readonly audit: AuditService,
    private readonly jwt: JwtService,
    private readonly throttle: SignInThrottle,
    private readonly unknownSignIns: UnknownSignIns,
    private readonly unlockTokens: UnlockTokensRepository,
    private readonly notifications: NotificationsRepository,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {
    this.unlockKey = unlockTokenKey(config.auth.jwtSecret);
  }

  /**
   * Sign-ins are audited: failures, the lock they trigger and successes each append an event
   * (unknown e-mails as one event a minute). The throttle answers before any work, and the
   * password is hashed before the account's row is locked, so a guesser holds no lock or
   * connection during scrypt.
   *
   * The lock that ten failures set e-mails the account an unlock token; the token with the right
   * password signs in despite the lock and lifts it (decideUnlock). Without a token, or with one that
   * is not the account's, a locked account answers 423 before any hashing, exactly as SPEC §5.1 says.
   */
  async login({ email, password, unlockToken, requestId, clientAddress }: SignInAttempt): Promise<LoginResponse> {
    const startedAt = Date.now();
    this.throttle.assertMayTry(clientAddress, email.toLowerCase(), startedAt);
    const candidate = await this.users.findByEmailWithPasswordHash(email);
    const tokenHash = unlockToken === undefined ? null : unlockTokenHash(unlockToken);
    if (candidate && candidate.active && isLocked(candidate, new Date())) {
      if (tokenHash === null || !(await this.unlockTokens.findForAccount(candidate.id, tokenHash))) throw AuthException.locked(candidate.lockedUntil!);
    }
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
      const actor: Actor = { id: user.id, email: user.email, role: user.role, requestId };
      // A password changed while this one was being hashed: the answer is for the old one, so it counts for nothing.
      const passwordCurrent = user.passwordHash === candidate.passwordHash;
      if (isLocked(user, now)) {
        const refusal = AuthException.locked(user.lockedUntil!);
        if (tokenHash === null) return { ok: false, error: refusal };
        const unlocked = await this.unlockWithToken(manager, user, actor, tokenHash, passwordMatches && passwordCurrent, now);
        if (!unlocked) return { ok: false, error: refusal };
      } else if (!passwordCurrent) {
        return { ok: false, error: AuthException.invalidCredentials() };
      }
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
        if (lockedNow) await this.sendUnlockToken(manager, user, actor, next.lockedUntil!, now);
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

  /**
   * The token given to a locked account (its row locked by the caller): the right password with a
   * good token lifts the lock, spends the token and goes on to sign in; any other use is refused
   * and audited, and a wrong password counts one of the token's attempts. False when refused.
   */
  private async unlockWithToken(manager: EntityManager, user: RegulatorUser, actor: Actor, tokenHash: Buffer, passwordMatches: boolean, now: Date): Promise<boolean> {
    const token = await this.unlockTokens.findForAccount(user.id, tokenHash, manager, true);
    if (!token) return false;
    const decision = decideUnlock(token, passwordMatches, now);
    if (decision.outcome === 'refuse') {
      if (decision.reason === 'wrong-password') await this.unlockTokens.countFailedAttempt(manager, token.id);
      await this.audit.append(manager, {
        actor,
        action: 'auth.unlock-token-refused',
        entityType: 'user',
        entityId: user.id,
        before: null,
        after: { tokenId: token.id, reason: decision.reason, attemptsLeft: decision.attemptsLeft },
      });
      return false;
    }
    await this.unlockTokens.markUsed(manager, token.id, now);
    await this.audit.append(manager, {
      actor,
      action: 'auth.account-unlocked',
      entityType: 'user',
      entityId: user.id,
      before: { lockedUntil: user.lockedUntil },
      after: { lockedUntil: null, tokenId: token.id },
    });
    return true;
  }

  /**
   * At the moment an account locks, a one-time token for its own e-mail address, through the outbox
   * in the same transaction. Only the token's hash is kept; the message carries its id, and the
   * dispatcher derives the token again when it sends it.
   */
  private async sendUnlockToken(manager: EntityManager, user: RegulatorUser, actor: Actor, lockedUntil: Date, now: Date): Promise<void> {
    const id = randomUUID();
    const expiresAt = unlockTokenExpiry(now);
    await this.unlockTokens.insert(manager, { id, userId: user.id, tokenHash: unlockTokenHash(unlockTokenFor(this.unlockKey, id)), expiresAt });
    await this.notifications.enqueueForAccount(manager, user.id, id, {
      type: 'account.unlock',
      payload: { tokenId: id, lockedUntil: lockedUntil.toISOString(), expiresAt: expiresAt.toISOString() },
      occurredAt: now,
    });
    await this.audit.append(manager, {
      actor,
      action: 'auth.unlock-token-issued',
      entityType: 'user',
      entityId: user.id,
      before: null,
      after: { tokenId: id, expiresAt: expiresAt.toISOString() },
    });
  }
}
