import { DomainException } from '../common/domain.exception';

export enum UsersErrorCode {
  EmailTaken = 'email-taken',
  LastAdmin = 'last-admin',
}

const STATUS: Record<UsersErrorCode, number> = {
  [UsersErrorCode.EmailTaken]: 409,
  [UsersErrorCode.LastAdmin]: 409,
};

export class UsersException extends DomainException<UsersErrorCode> {
  constructor(code: UsersErrorCode, message: string) {
    super(code, STATUS[code], message);
  }

  static emailTaken(email: string) {
    return new UsersException(UsersErrorCode.EmailTaken, `An account with the e-mail ${email} already exists.`);
  }

  static lastAdmin() {
    return new UsersException(
      UsersErrorCode.LastAdmin,
      'This is the last active admin: make another account an active admin before disabling or demoting this one.',
    );
  }
}
