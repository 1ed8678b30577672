"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SCAM_WARNING = exports.INQUIRY_REFERENCE_MAX_LENGTH = exports.BATCH_CHECK_MAX_IINS = exports.PROTECTION_MAX_DAYS = exports.REVIEW_REASON_MAX_LENGTH = exports.DISPUTE_TEXT_MAX_LENGTH = exports.LIFT_COOLING_OFF_SECONDS_DEFAULT = exports.LIFT_WINDOW_DAYS = exports.LIFTS_PER_WINDOW = exports.LIFT_MAX_TEMPORARY_DAYS = exports.RESTRICTION_DAYS_MAX = exports.RESTRICTION_DAYS_MIN = exports.RESTRICTION_DAYS_DEFAULT = exports.API_PREFIX = void 0;
/** Every API path lives under this prefix (SPEC §5). */
exports.API_PREFIX = '/api/v1';
/** How long a confirmed breach restricts its people, in days (SPEC §3.2). */
exports.RESTRICTION_DAYS_DEFAULT = 90;
exports.RESTRICTION_DAYS_MIN = 1;
exports.RESTRICTION_DAYS_MAX = 365;
/** A temporary lift lasts at most this many days (SPEC §3.3). */
exports.LIFT_MAX_TEMPORARY_DAYS = 30;
/** At most {@link LIFTS_PER_WINDOW} lift requests per person per {@link LIFT_WINDOW_DAYS} days (SPEC §3.3). */
exports.LIFTS_PER_WINDOW = 3;
exports.LIFT_WINDOW_DAYS = 30;
/** The default delay between asking for a lift and its taking effect, in seconds (SPEC §3.3). */
exports.LIFT_COOLING_OFF_SECONDS_DEFAULT = 86_400;
/** Longest free text of a citizen's dispute, and of a reviewer's reason (cancelling a lift, deciding a dispute). */
exports.DISPUTE_TEXT_MAX_LENGTH = 2000;
exports.REVIEW_REASON_MAX_LENGTH = 2000;
/** Protection by choice lasts at most this many days from the moment it is placed (SPEC §3.4). */
exports.PROTECTION_MAX_DAYS = 365;
/** Most IINs one batch check may carry (SPEC §5.2). */
exports.BATCH_CHECK_MAX_IINS = 1000;
/** Longest `reference` (the lender's application id) a check may carry (SPEC §5.2). */
exports.INQUIRY_REFERENCE_MAX_LENGTH = 64;
/**
 * The warning every screen and message about lifting shows (SPEC §3.3).
 */
exports.SCAM_WARNING = {
    kk: 'Ешбір банк, полиция қызметкері, курьер немесе коммуналдық қызмет қызметкері сізден бұл ' +
        'шектеуді алып тастауды немесе SMS-кодты ешқашан сұрамайды. Мұны сұраған адам — алаяқ: ' +
        'сөйлесуді тоқтатыңыз.',
    ru: 'Ни банк, ни сотрудник полиции, ни курьер, ни работник коммунальной службы никогда не ' +
        'попросят вас снять это ограничение или назвать код из SMS. Тот, кто об этом просит, — ' +
        'мошенник: прекратите разговор.',
    en: 'No bank, police officer, courier or utility employee will ever ask you to lift this ' +
        'restriction or for an SMS code. Anyone who asks is a fraudster: end the conversation.',
};
//# sourceMappingURL=constants.js.map