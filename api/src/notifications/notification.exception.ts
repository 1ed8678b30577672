import type { NotificationStatus } from '@qorgau/shared';
import { DomainException } from '../common/domain.exception';

/** The back office's refusals about the outbox. */
export enum NotificationErrorCode {
  NotParked = 'notification-not-parked',
}

const STATUS: Record<NotificationErrorCode, number> = {
  [NotificationErrorCode.NotParked]: 409,
};

export class NotificationException extends DomainException<NotificationErrorCode> {
  private constructor(code: NotificationErrorCode, message: string) {
    super(code, STATUS[code], message);
  }

  static notParked(status: NotificationStatus) {
    return new NotificationException(NotificationErrorCode.NotParked, `This notification is ${status}: only a parked one can be retried.`);
  }
}
