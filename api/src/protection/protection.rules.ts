import { PROTECTION_MAX_DAYS } from '@qorgau/shared';
import type { CitizenMessage } from '../common/citizen-messages';
import type { RestrictionPeriod } from '../restrictions/restrictions.rules';

/**
 * Protection by choice (SPEC §3.4): a person restricts themselves, from now until a time they
 * choose, at most {@link PROTECTION_MAX_DAYS} days ahead. It starts at once — restricting is
 * immediate — and, starting after any lift already asked for, is freed only by a new lift (§3.3).
 */

const DAY_MS = 86_400_000;

export type ProtectionPlan = { ok: true; period: RestrictionPeriod } | { ok: false; error: CitizenMessage };

export function planProtection(until: Date, now: Date): ProtectionPlan {
  if (until <= now) return { ok: false, error: { code: 'protection-until-in-past' } };
  if (until.getTime() - now.getTime() > PROTECTION_MAX_DAYS * DAY_MS) {
    return { ok: false, error: { code: 'protection-too-long', parameters: { maxDays: PROTECTION_MAX_DAYS } } };
  }
  return { ok: true, period: { startsAt: now, endsAt: until } };
}
