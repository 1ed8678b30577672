import type { AuditEvent, SignedAuditHead } from '@qorgau/shared';
import { verifyCompactJws, type PublicJwk } from '../signing/signing.rules';

/**
 * Signed chain heads (SPEC §3.x, the audit log). Whoever owns the audit table can rewrite an event
 * and recompute every hash after it: the chain alone still links up. Now and then the registry
 * signs the head (the last event's id and hash) with its answer-signing key and appends the
 * signature to the log. A rewrite of anything before a signed head changes that event's hash, which
 * no longer matches the signature — and the signature cannot be redone without the private key,
 * checked against the JWKS that lenders already hold. Events after the latest signed head are
 * covered by the chain only, until the next signature.
 */
export const HEAD_SIGNED_ACTION = 'audit.head-signed';
export const HEAD_ENTITY_TYPE = 'audit-chain';
export const HEAD_PAYLOAD_TYPE = 'qorgau-audit-head';

export interface HeadPayload {
  typ: typeof HEAD_PAYLOAD_TYPE;
  id: string;
  hash: string;
  signedAt: string;
}

export function headPayload(head: { id: string; hash: string }, now: Date): HeadPayload {
  return { typ: HEAD_PAYLOAD_TYPE, id: head.id, hash: head.hash, signedAt: now.toISOString() };
}

/** A head needs signing when there is one and it is not itself a signed head (nothing happened since). */
export function headNeedsSigning(head: { action: string } | null): boolean {
  return head !== null && head.action !== HEAD_SIGNED_ACTION;
}

/**
 * The head an `audit.head-signed` event keeps, its signature checked against `jwks`: only the JWS
 * counts, never the event's other fields, which the table's owner could have rewritten.
 */
export function readSignedHead(event: AuditEvent, jwks: { keys: PublicJwk[] }): SignedAuditHead {
  const jws = event.changes.jws?.after;
  const unread = { eventId: event.id, headId: '', headHash: '', signedAt: event.at, kid: '', jws: typeof jws === 'string' ? jws : '', verified: false };
  if (typeof jws !== 'string') return { ...unread, problem: 'the event holds no signature' };
  const check = verifyCompactJws(jws, jwks);
  if (!check.valid) return { ...unread, kid: check.kid ?? '', problem: check.problem };
  const payload = check.payload as Partial<HeadPayload>;
  if (payload?.typ !== HEAD_PAYLOAD_TYPE || typeof payload.id !== 'string' || typeof payload.hash !== 'string' || typeof payload.signedAt !== 'string') {
    return { ...unread, kid: check.kid, problem: 'the signed payload is not a chain head' };
  }
  return { eventId: event.id, headId: payload.id, headHash: payload.hash, signedAt: payload.signedAt, kid: check.kid, jws, verified: true, problem: null };
}

/** A verified head against the hash its event has now (null: the event is gone). */
export function matchStoredHash(head: SignedAuditHead, storedHash: string | null): SignedAuditHead {
  if (!head.verified || storedHash === head.headHash) return head;
  const problem =
    storedHash === null
      ? `event ${head.headId}, signed as the head at ${head.signedAt}, is missing`
      : `event ${head.headId} does not have the hash the registry signed at ${head.signedAt} (event ${head.eventId}): the events up to it were rewritten`;
  return { ...head, verified: false, problem };
}

/** A signature whose key left the JWKS (retired past retention) proves nothing either way, unless it is the latest. */
export function isUnverifiable(head: SignedAuditHead): boolean {
  return !head.verified && head.headId === '' && /not in the JWKS/.test(head.problem ?? '');
}
