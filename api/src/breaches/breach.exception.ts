import type { BreachStatus } from '@qorgau/shared';
import { DomainException } from '../common/domain.exception';

export enum BreachErrorCode {
  IllegalTransition = 'illegal-transition',
  NotDeletable = 'breach-not-deletable',
  /** SPEC §3.9: the regulator who asked for a confirmation cannot also approve it. */
  ApprovalByRequester = 'approval-by-requester',
}

const STATUS: Record<BreachErrorCode, number> = {
  [BreachErrorCode.IllegalTransition]: 409,
  [BreachErrorCode.NotDeletable]: 409,
  [BreachErrorCode.ApprovalByRequester]: 403,
};

export class BreachException extends DomainException<BreachErrorCode> {
  constructor(
    code: BreachErrorCode,
    message: string,
    private readonly extra: Record<string, unknown> = {},
  ) {
    super(code, STATUS[code], message);
  }

  override get extensions(): Record<string, unknown> {
    return this.extra;
  }

  /** 409 naming the moves the lifecycle allows from `from`, also as `allowed: [...]`. */
  static illegalTransition(from: BreachStatus, to: BreachStatus, allowed: readonly BreachStatus[]) {
    const detail =
      allowed.length === 0
        ? `A ${from} breach cannot move to ${to}: ${from} is final, no move is allowed from it.`
        : `A ${from} breach cannot move to ${to}; it can move only to ${allowed.join(' or ')}.`;
    return new BreachException(BreachErrorCode.IllegalTransition, detail, { from, to, allowed: [...allowed] });
  }

  static approvalByRequester() {
    return new BreachException(
      BreachErrorCode.ApprovalByRequester,
      'You asked for this confirmation, so another admin or analyst must approve it (SPEC §3.9: four eyes). You may still decline it.',
    );
  }

  static notDeletable(breach: { status: BreachStatus; exposureCount: number }) {
    return new BreachException(
      BreachErrorCode.NotDeletable,
      breach.status === 'draft'
        ? `This draft holds ${breach.exposureCount} loaded exposures, which are evidence: reject it instead of deleting it.`
        : `Only a draft breach can be deleted; this one is ${breach.status}. Reject or retract it instead.`,
    );
  }
}
