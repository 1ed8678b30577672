/** `Retry-After` for a wait of `waitMs`: whole seconds, at least 1 (RFC 9110 §10.2.3 has no fractions). */
export function retryAfterSeconds(waitMs: number): number {
  return Math.max(1, Math.ceil(waitMs / 1000));
}
