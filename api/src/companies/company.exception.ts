import { DomainException } from '../common/domain.exception';

export enum CompanyErrorCode {
  DuplicateBin = 'duplicate-bin',
  EditConflict = 'edit-conflict',
  HasBreaches = 'company-has-breaches',
}

const STATUS: Record<CompanyErrorCode, number> = {
  [CompanyErrorCode.DuplicateBin]: 409,
  [CompanyErrorCode.EditConflict]: 409,
  [CompanyErrorCode.HasBreaches]: 409,
};

export class CompanyException extends DomainException<CompanyErrorCode> {
  constructor(code: CompanyErrorCode, message: string) {
    super(code, STATUS[code], message);
  }

  static duplicateBin(bin: string, existingName: string | null) {
    return new CompanyException(
      CompanyErrorCode.DuplicateBin,
      existingName
        ? `A company with BIN ${bin} is already registered: ${existingName}.`
        : `A company with BIN ${bin} is already registered.`,
    );
  }

  static editConflict(sent: number, current: number) {
    return new CompanyException(
      CompanyErrorCode.EditConflict,
      `This company was changed by someone else since you opened it (you have version ${sent}, it is now at version ${current}). Reload it and make your change again.`,
    );
  }

  static hasBreaches(count: number) {
    return new CompanyException(
      CompanyErrorCode.HasBreaches,
      `This company cannot be deleted: ${count} breach${count === 1 ? ' is' : 'es are'} recorded against it.`,
    );
  }
}
