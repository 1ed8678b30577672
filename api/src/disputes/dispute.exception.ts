import type { DisputeStatus } from '@qorgau/shared';
import { DomainException } from '../common/domain.exception';

/** The back office's refusals about disputes; the citizen's are citizen messages (common/citizen-messages.ts). */
export enum DisputeErrorCode {
  AlreadyDecided = 'dispute-already-decided',
}

const STATUS: Record<DisputeErrorCode, number> = {
  [DisputeErrorCode.AlreadyDecided]: 409,
};

export class DisputeException extends DomainException<DisputeErrorCode> {
  private constructor(code: DisputeErrorCode, message: string) {
    super(code, STATUS[code], message);
  }

  static alreadyDecided(status: DisputeStatus) {
    return new DisputeException(DisputeErrorCode.AlreadyDecided, `This dispute was already ${status}; a decision is final.`);
  }
}
