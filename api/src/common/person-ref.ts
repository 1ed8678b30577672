/**
 * How the back office names a person: the first 4 bytes of the keyed hash of their IIN, in hex.
 * Enough for a reviewer to see that two lifts or disputes come from one person; says nothing of
 * who that is (SPEC §3.6: regulators never see identifiers).
 */
export function personRef(iinHash: Buffer): string {
  return iinHash.subarray(0, 4).toString('hex');
}

export const PERSON_REF_PATTERN = /^[0-9a-f]{8}$/;

/** A person reference, or its beginning as typed into a filter. */
export const PERSON_REF_PREFIX_PATTERN = /^[0-9a-f]{1,8}$/;
