"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EMAIL_LOCAL_MAX_LENGTH = exports.EMAIL_MAX_LENGTH = void 0;
exports.normalizeEmail = normalizeEmail;
exports.isValidEmail = isValidEmail;
const validation_1 = require("./validation");
/**
 * E-mail addresses — SPEC §2: trimmed and lower-cased, with a pragmatic syntax check (no attempt at
 * RFC 5322): exactly one @, a non-empty local part of at most 64 characters, a domain of at least
 * two non-empty dot-separated labels, no whitespace or control characters, at most 254 in all.
 */
exports.EMAIL_MAX_LENGTH = 254;
exports.EMAIL_LOCAL_MAX_LENGTH = 64;
/** Whitespace (any Unicode space) or a control character. */
const FORBIDDEN = /[\s\u0000-\u001f\u007f-\u009f]/u;
/**
 * Normalises an e-mail address: trimmed and lower-cased.
 * Never throws, whatever it is given. `lang` chooses the language of `reason` (English by default).
 *
 * @example normalizeEmail('  Aigerim@Mail.KZ ') // { valid: true, value: 'aigerim@mail.kz' }
 */
function normalizeEmail(value, lang) {
    if (typeof value !== 'string') {
        return (0, validation_1.validationFailure)('email', value === null || value === undefined ? 'empty' : 'format', lang);
    }
    const normalized = value.trim().toLowerCase();
    if (normalized === '')
        return (0, validation_1.validationFailure)('email', 'empty', lang);
    if (FORBIDDEN.test(normalized))
        return (0, validation_1.validationFailure)('email', 'format', lang);
    const at = normalized.indexOf('@');
    if (at <= 0 || normalized.indexOf('@', at + 1) !== -1)
        return (0, validation_1.validationFailure)('email', 'format', lang);
    const domainLabels = normalized.slice(at + 1).split('.');
    if (domainLabels.length < 2 || domainLabels.some((label) => label === '')) {
        return (0, validation_1.validationFailure)('email', 'format', lang);
    }
    if (at > exports.EMAIL_LOCAL_MAX_LENGTH || normalized.length > exports.EMAIL_MAX_LENGTH) {
        return (0, validation_1.validationFailure)('email', 'length', lang);
    }
    return { valid: true, value: normalized };
}
/** Whether `value` is an acceptable e-mail address. */
function isValidEmail(value) {
    return normalizeEmail(value).valid;
}
//# sourceMappingURL=email.js.map