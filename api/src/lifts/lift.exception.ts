import type { LiftStatus } from '@qorgau/shared';
import { DomainException } from '../common/domain.exception';

/** The back office's refusals about lifts; the citizen's are citizen messages (common/citizen-messages.ts). */
export enum LiftErrorCode {
  NotCancellable = 'lift-not-cancellable',
}

const STATUS: Record<LiftErrorCode, number> = {
  [LiftErrorCode.NotCancellable]: 409,
};

export class LiftException extends DomainException<LiftErrorCode> {
  private constructor(code: LiftErrorCode, message: string) {
    super(code, STATUS[code], message);
  }

  static notCancellable(status: LiftStatus) {
    return new LiftException(LiftErrorCode.NotCancellable, `This lift is ${status}: only a pending or effective lift can be cancelled.`);
  }
}
