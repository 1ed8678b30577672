import { DomainException } from '../common/domain.exception';

export enum CompanyErrorCode {
  DuplicateBin = 'duplicate-bin',
  HasBreaches = 'company-has-breaches',
}

const STATUS: Record<CompanyErrorCode, number> = {
  [CompanyErrorCode.DuplicateBin]: 409,
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

  static hasBreaches(count: number) {
    return new CompanyException(
      CompanyErrorCode.HasBreaches,
      `This company cannot be deleted: ${count} breach${count === 1 ? ' is' : 'es are'} recorded against it.`,
    );
  }
}
