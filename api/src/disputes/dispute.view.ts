import type { AdminDispute, Dispute } from '@qorgau/shared';
import { personRef } from '../common/person-ref';
import type { DisputeRecord } from './disputes.repository';

/** A dispute as the citizen sees it: the outcome and the reviewer's explanation, never who decided. */
export function toDisputeView(dispute: DisputeRecord): Dispute {
  return {
    id: dispute.id,
    breachId: dispute.breachId,
    breachTitle: dispute.breachTitle,
    companyName: dispute.companyName,
    reason: dispute.reason,
    text: dispute.text,
    status: dispute.status,
    decisionReason: dispute.decisionReason,
    decidedAt: dispute.decidedAt?.toISOString() ?? null,
    createdAt: dispute.createdAt.toISOString(),
  };
}

/** A dispute as reviewers see it: the person only by a hash prefix. */
export function toAdminDisputeView(dispute: DisputeRecord): AdminDispute {
  return { ...toDisputeView(dispute), personRef: personRef(dispute.iinHash), decidedBy: dispute.decidedBy, decidedByEmail: dispute.decidedByEmail };
}
