import { DomainException } from '../common/domain.exception';
import type { RetryLater } from '../common/problem-details.filter';

export enum AuthErrorCode {
  InvalidCredentials = 'invalid-credentials',
  AccountLocked = 'account-locked',
  TooManySignIns = 'too-many-sign-ins',
}

const STATUS: Record<AuthErrorCode, number> = {
  [AuthErrorCode.InvalidCredentials]: 401,
  [AuthErrorCode.AccountLocked]: 423,
  [AuthErrorCode.TooManySignIns]: 429,
};

export class AuthException extends DomainException<AuthErrorCode> {
  constructor(code: AuthErrorCode, message: string) {
    super(code, STATUS[code], message);
  }

  static invalidCredentials() {
    return new AuthException(AuthErrorCode.InvalidCredentials, 'The e-mail or password is wrong.');
  }

  static locked(until: Date) {
    return new AuthException(
      AuthErrorCode.AccountLocked,
      `Too many failed sign-ins: this account is locked until ${until.toISOString()}.`,
    );
  }

  static throttled(retryAfterSeconds: number) {
    return new SignInThrottledException(retryAfterSeconds);
  }
}

/** 429 before any work is done; the problem filter sets `Retry-After` from it. */
class SignInThrottledException extends AuthException implements RetryLater {
  constructor(readonly retryAfterSeconds: number) {
    super(AuthErrorCode.TooManySignIns, `Too many failed sign-ins from this address or for this e-mail. Try again in ${retryAfterSeconds} s.`);
  }

  override get extensions(): Record<string, unknown> {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}
