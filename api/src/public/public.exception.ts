import { DomainException } from '../common/domain.exception';

export enum PublicErrorCode {
  RateLimited = 'rate-limited',
}

const STATUS: Record<PublicErrorCode, number> = {
  [PublicErrorCode.RateLimited]: 429,
};

export class PublicException extends DomainException<PublicErrorCode> {
  private constructor(
    code: PublicErrorCode,
    message: string,
    private readonly extra: Record<string, unknown> = {},
  ) {
    super(code, STATUS[code], message);
  }

  override get extensions(): Record<string, unknown> {
    return this.extra;
  }

  static rateLimited(retryAfterSeconds: number) {
    return new PublicException(
      PublicErrorCode.RateLimited,
      `Too many requests from your address. Try again in ${retryAfterSeconds} s.`,
      { retryAfterSeconds },
    );
  }
}
