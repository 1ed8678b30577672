import { Injectable } from '@nestjs/common';
import type { AuditChainReport, SignedAuditHead } from '@qorgau/shared';
import { AuditService } from '../audit/audit.service';
import type { PublicJwk } from '../signing/signing.rules';
import { HEAD_SIGNED_ACTION, isUnverifiable, matchStoredHash, readSignedHead } from './audit-head.rules';

/** The chain's walk (audit/) and every head the registry signed, checked against a JWKS. */
@Injectable()
export class AuditHeadVerifier {
  constructor(private readonly audit: AuditService) {}

  async verify(jwks: { keys: PublicJwk[] }): Promise<AuditChainReport> {
    const chain = await this.audit.verify();
    const events = await this.audit.findByAction(HEAD_SIGNED_ACTION);
    let checked = 0;
    let latest: SignedAuditHead | null = null;
    let firstBad: SignedAuditHead | null = null;
    for (const [index, event] of events.entries()) {
      let head = readSignedHead(event, jwks);
      if (head.verified) head = matchStoredHash(head, await this.audit.hashOf(head.headId));
      latest = head;
      if (isUnverifiable(head) && index < events.length - 1) continue;
      checked++;
      if (!head.verified) firstBad ??= head;
    }
    const signedHeads = { signedHeadsChecked: checked, latestSignedHead: latest };
    if (!chain.intact || !firstBad) return { ...chain, ...signedHeads };
    return { ...chain, ...signedHeads, intact: false, firstBrokenId: firstBad.headId || firstBad.eventId, reason: firstBad.problem };
  }
}
