import type { AdminLift, Lift } from '@qorgau/shared';
import { personRef } from '../common/person-ref';
import { liftScope, liftStatusAt } from './lifts.rules';
import type { LiftRecord } from './lifts.repository';

/** A lift as the citizen sees it at `at` (`GET /me/lifts`, `GET /me`). */
export function toLiftView(lift: LiftRecord, at = new Date()): Lift {
  return {
    id: lift.id,
    kind: lift.kind,
    status: liftStatusAt(lift, at),
    from: lift.from?.toISOString() ?? null,
    until: lift.until?.toISOString() ?? null,
    lenderKind: lift.lenderKind,
    lenderBin: lift.lenderBin,
    effectiveAt: lift.effectiveAt.toISOString(),
    createdAt: lift.createdAt.toISOString(),
    cancelledAt: lift.cancelledAt?.toISOString() ?? null,
    cancelledBy: lift.cancelledBy,
    cancelReason: lift.cancelReason,
  };
}

/** A lift as reviewers see it: the person only by a hash prefix. */
export function toAdminLiftView(lift: LiftRecord, at = new Date()): AdminLift {
  return { ...toLiftView(lift, at), personRef: personRef(lift.iinHash), scope: liftScope(lift), cancelledByUserId: lift.cancelledByUserId };
}
