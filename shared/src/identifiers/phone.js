"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.normalizePhone = normalizePhone;
exports.isValidPhone = isValidPhone;
const validation_1 = require("./validation");
/**
 * Kazakhstan phone numbers, normalised to E.164 — SPEC §2.
 *
 * A Kazakhstan number is +7 followed by 10 digits, the first of which is 7 (+7 7xx). Numbers
 * +7 3xx, +7 4xx, +7 8xx and +7 9xx belong to Russia and are refused. Accepted spellings:
 * `+77011234567`, `+7 701 123 4567`, `87011234567`, `8 (701) 123-45-67`, `77011234567` and the
 * bare national `7011234567`. Separators: space, `-`, `(`, `)`, `.`; a `+` only first.
 */
const CODE_0 = 48;
const CODE_9 = 57;
const SEPARATORS = new Set([' ', '-', '(', ')', '.']);
const RUSSIAN_PREFIXES = new Set(['3', '4', '8', '9']);
/**
 * Normalises a Kazakhstan phone number to E.164 (`+77011234567`).
 * Never throws, whatever it is given. `lang` chooses the language of `reason` (English by default).
 *
 * @example normalizePhone('8 (701) 123-45-67') // { valid: true, value: '+77011234567' }
 */
function normalizePhone(value, lang) {
    if (typeof value !== 'string') {
        return (0, validation_1.validationFailure)('phone', value === null || value === undefined ? 'empty' : 'format', lang);
    }
    const trimmed = value.trim();
    if (trimmed === '')
        return (0, validation_1.validationFailure)('phone', 'empty', lang);
    const international = trimmed.charAt(0) === '+';
    let digits = '';
    for (let i = international ? 1 : 0; i < trimmed.length; i++) {
        const c = trimmed.charCodeAt(i);
        if (c >= CODE_0 && c <= CODE_9)
            digits += trimmed.charAt(i);
        else if (!SEPARATORS.has(trimmed.charAt(i)))
            return (0, validation_1.validationFailure)('phone', 'digits', lang);
    }
    let national;
    if (international) {
        // Another country code: not a Kazakhstan number, whatever its length.
        if (digits !== '' && digits.charAt(0) !== '7')
            return (0, validation_1.validationFailure)('phone', 'format', lang);
        if (digits.length !== 11)
            return (0, validation_1.validationFailure)('phone', 'length', lang);
        national = digits.slice(1);
    }
    else if (digits.length === 11) {
        // 8 is the domestic trunk prefix; 7 is the country code written without its +.
        const lead = digits.charAt(0);
        if (lead !== '8' && lead !== '7')
            return (0, validation_1.validationFailure)('phone', 'format', lang);
        national = digits.slice(1);
    }
    else if (digits.length === 10) {
        national = digits;
    }
    else {
        return (0, validation_1.validationFailure)('phone', 'length', lang);
    }
    const area = national.charAt(0);
    if (area !== '7') {
        return (0, validation_1.validationFailure)('phone', 'format', lang, RUSSIAN_PREFIXES.has(area) ? { russianPrefix: area } : undefined);
    }
    return { valid: true, value: `+7${national}` };
}
/** Whether `value` is a Kazakhstan phone number in any accepted spelling. */
function isValidPhone(value) {
    return normalizePhone(value).valid;
}
//# sourceMappingURL=phone.js.map