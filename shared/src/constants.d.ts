import type { Language } from './enums';
/** Every API path lives under this prefix (SPEC §5). */
export declare const API_PREFIX = "/api/v1";
/** How long a confirmed breach restricts its people, in days (SPEC §3.2). */
export declare const RESTRICTION_DAYS_DEFAULT = 90;
export declare const RESTRICTION_DAYS_MIN = 1;
export declare const RESTRICTION_DAYS_MAX = 365;
/** A temporary lift lasts at most this many days (SPEC §3.3). */
export declare const LIFT_MAX_TEMPORARY_DAYS = 30;
/** At most {@link LIFTS_PER_WINDOW} lift requests per person per {@link LIFT_WINDOW_DAYS} days (SPEC §3.3). */
export declare const LIFTS_PER_WINDOW = 3;
export declare const LIFT_WINDOW_DAYS = 30;
/** The default delay between asking for a lift and its taking effect, in seconds (SPEC §3.3). */
export declare const LIFT_COOLING_OFF_SECONDS_DEFAULT = 86400;
/** Longest free text of a citizen's dispute, and of a reviewer's reason (cancelling a lift, deciding a dispute). */
export declare const DISPUTE_TEXT_MAX_LENGTH = 2000;
export declare const REVIEW_REASON_MAX_LENGTH = 2000;
/** Protection by choice lasts at most this many days from the moment it is placed (SPEC §3.4). */
export declare const PROTECTION_MAX_DAYS = 365;
/** Most IINs one batch check may carry (SPEC §5.2). */
export declare const BATCH_CHECK_MAX_IINS = 1000;
/** Longest `reference` (the lender's application id) a check may carry (SPEC §5.2). */
export declare const INQUIRY_REFERENCE_MAX_LENGTH = 64;
/**
 * The warning every screen and message about lifting shows (SPEC §3.3).
 */
export declare const SCAM_WARNING: Readonly<Record<Language, string>>;
