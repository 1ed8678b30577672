import type { IdentifierKind } from '@qorgau/shared';
import { createHmac } from 'node:crypto';

/**
 * HMAC-SHA-256(pepper, `${kind}:${normalised}`) — SPEC §3.7: what the registry stores of an
 * identifier, and what lookups hash a queried value into. (Copying precomputed inner and outer
 * SHA-256 states per value was measured 30% slower than a fresh Hmac: 3.4 µs against 2.6 µs.)
 */
export class IdentifierHasher {
  constructor(private readonly pepper: string) {}

  /** The 32-byte hash of an already normalised identifier. */
  hash(kind: IdentifierKind, normalised: string): Buffer {
    return createHmac('sha256', this.pepper).update(`${kind}:${normalised}`, 'utf8').digest();
  }
}
