import type { Language } from './enums';

/** Every API path lives under this prefix (SPEC §5). */
export const API_PREFIX = '/api/v1';

/** How long a confirmed breach restricts its people, in days (SPEC §3.2). */
export const RESTRICTION_DAYS_DEFAULT = 90;
export const RESTRICTION_DAYS_MIN = 1;
export const RESTRICTION_DAYS_MAX = 365;

/** A temporary lift lasts at most this many days (SPEC §3.3). */
export const LIFT_MAX_TEMPORARY_DAYS = 30;

/** At most {@link LIFTS_PER_WINDOW} lift requests per person per {@link LIFT_WINDOW_DAYS} days (SPEC §3.3). */
export const LIFTS_PER_WINDOW = 3;
export const LIFT_WINDOW_DAYS = 30;

/** The default delay between asking for a lift and its taking effect, in seconds (SPEC §3.3). */
export const LIFT_COOLING_OFF_SECONDS_DEFAULT = 86_400;

/** Longest free text of a citizen's dispute, and of a reviewer's reason (cancelling a lift, deciding a dispute). */
export const DISPUTE_TEXT_MAX_LENGTH = 2000;
export const REVIEW_REASON_MAX_LENGTH = 2000;

/** Protection by choice lasts at most this many days from the moment it is placed (SPEC §3.4). */
export const PROTECTION_MAX_DAYS = 365;

/** A regulator looking a person up by IIN says why, in at least this many characters (SPEC §3.9). */
export const LOOKUP_REASON_MIN_LENGTH = 10;
export const LOOKUP_REASON_MAX_LENGTH = 500;
/** The audit event kinds of a person look-up and of the alert over too many (the audit page filters by them). */
export const LOOKUP_AUDIT_ACTION = 'restriction.looked-up';
export const LOOKUP_ALERT_AUDIT_ACTION = 'restriction.lookup-alert-raised';
/** More look-ups than this by one account within an hour raise an alert to admins (SPEC §3.9, LOOKUP_ALERT_PER_HOUR). */
export const LOOKUP_ALERT_PER_HOUR_DEFAULT = 20;

/** Most IINs one batch check may carry (SPEC §5.2). */
export const BATCH_CHECK_MAX_IINS = 1000;

/** Longest `reference` (the lender's application id) a check may carry (SPEC §5.2). */
export const INQUIRY_REFERENCE_MAX_LENGTH = 64;

/**
 * The warning every screen and message about lifting shows (SPEC §3.3).
 */
export const SCAM_WARNING: Readonly<Record<Language, string>> = {
  kk:
    'Ешбір банк, полиция қызметкері, курьер немесе коммуналдық қызмет қызметкері сізден бұл ' +
    'шектеуді алып тастауды немесе SMS-кодты ешқашан сұрамайды. Мұны сұраған адам — алаяқ: ' +
    'сөйлесуді тоқтатыңыз.',
  ru:
    'Ни банк, ни сотрудник полиции, ни курьер, ни работник коммунальной службы никогда не ' +
    'попросят вас снять это ограничение или назвать код из SMS. Тот, кто об этом просит, — ' +
    'мошенник: прекратите разговор.',
  en:
    'No bank, police officer, courier or utility employee will ever ask you to lift this ' +
    'restriction or for an SMS code. Anyone who asks is a fraudster: end the conversation.',
};
