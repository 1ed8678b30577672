import { LOOKUP_REASON_MAX_LENGTH, LOOKUP_REASON_MIN_LENGTH } from '@qorgau/shared';

/** The window look-ups are counted over (SPEC §3.9: "in an hour"), sliding. */
export const LOOKUP_WINDOW_MS = 3_600_000;

/**
 * Why a regulator looks a person up (SPEC §3.9): at least LOOKUP_REASON_MIN_LENGTH characters once
 * trimmed. Returns the trimmed reason, or the message of a 400 naming the field.
 */
export function checkLookupReason(reason: unknown): { reason: string } | { error: string } {
  const trimmed = typeof reason === 'string' ? reason.trim() : '';
  if (trimmed.length < LOOKUP_REASON_MIN_LENGTH) {
    return { error: `is required with an IIN: say why you look this person up, in at least ${LOOKUP_REASON_MIN_LENGTH} characters` };
  }
  if (trimmed.length > LOOKUP_REASON_MAX_LENGTH) return { error: `must be at most ${LOOKUP_REASON_MAX_LENGTH} characters` };
  return { reason: trimmed };
}

/**
 * Whether this look-up raises an alert: the account's look-ups in the last hour (this one included)
 * are more than `limit`, and no alert was raised for the account in that hour. So crossing the
 * limit raises one alert, not one per look-up beyond it; an account that keeps going raises the
 * next one an hour after the last.
 */
export function shouldRaiseLookupAlert(lookupsInWindow: number, limit: number, alertedInWindow: boolean): boolean {
  return lookupsInWindow > limit && !alertedInWindow;
}
