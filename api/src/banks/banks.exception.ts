import { DomainException } from '../common/domain.exception';
import type { RetryLater } from '../common/problem-details.filter';

export enum BankErrorCode {
  DuplicateBin = 'duplicate-bank-bin',
  RateLimited = 'rate-limited',
}

const STATUS: Record<BankErrorCode, number> = {
  [BankErrorCode.DuplicateBin]: 409,
  [BankErrorCode.RateLimited]: 429,
};

export class BankException extends DomainException<BankErrorCode> {
  constructor(code: BankErrorCode, message: string) {
    super(code, STATUS[code], message);
  }

  static duplicateBin(bin: string, existingName: string | null) {
    return new BankException(
      BankErrorCode.DuplicateBin,
      existingName ? `A lender with BIN ${bin} is already registered: ${existingName}.` : `A lender with BIN ${bin} is already registered.`,
    );
  }
}

/** 429: the lender asked more often than its rate limit allows; `Retry-After` says when to ask again. */
export class BankRateLimitedException extends BankException implements RetryLater {
  constructor(
    rateLimitPerSecond: number,
    readonly retryAfterSeconds: number,
  ) {
    super(
      BankErrorCode.RateLimited,
      `Your rate limit is ${rateLimitPerSecond} checks per second (bursts of twice that). Try again in ${retryAfterSeconds} s, or send many IINs in one batch check.`,
    );
  }
}
