import { DomainException } from '../common/domain.exception';

export enum AuthErrorCode {
  InvalidCredentials = 'invalid-credentials',
  AccountLocked = 'account-locked',
}

const STATUS: Record<AuthErrorCode, number> = {
  [AuthErrorCode.InvalidCredentials]: 401,
  [AuthErrorCode.AccountLocked]: 423,
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
}
