import { DomainException } from '../common/domain.exception';
import type { RetryLater } from '../common/problem-details.filter';

export enum PublicErrorCode {
  RateLimited = 'rate-limited',
}

const STATUS: Record<PublicErrorCode, number> = {
  [PublicErrorCode.RateLimited]: 429,
};

/** 429: a client asked the public API more often than it allows; the problem filter sets `Retry-After` from it. */
export class PublicRateLimitedException extends DomainException<PublicErrorCode> implements RetryLater {
  constructor(readonly retryAfterSeconds: number) {
    super(PublicErrorCode.RateLimited, STATUS[PublicErrorCode.RateLimited], `Too many requests from your address. Try again in ${retryAfterSeconds} s.`);
  }

  override get extensions(): Record<string, unknown> {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}
