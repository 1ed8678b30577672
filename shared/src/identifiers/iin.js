"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.computeIinCheckDigit = computeIinCheckDigit;
exports.validateIin = validateIin;
exports.validateBin = validateBin;
exports.isValidIin = isValidIin;
exports.isValidBin = isValidBin;
const validation_1 = require("./validation");
/**
 * IIN (individual) and BIN (business) identification numbers — SPEC §2.
 *
 * 12 digits; the 12th is a check digit over the first 11: weights 1..11, sum mod 11; if that is 10,
 * weights 3,4,5,6,7,8,9,10,11,1,2, sum mod 11; if that is 10 again, no check digit exists and the
 * number is invalid. Only the length, the digits and the check digit are validated — never the
 * birth date or sex some IINs encode.
 *
 * Blind spot of the rule itself: the 11th digit weighs 11 ≡ 0 (mod 11) in the first pass, so when
 * the first pass decides, a typo in the 11th digit cannot be detected (900101300126 and
 * 900101300136 are both valid).
 */
const FIRST_PASS_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_PASS_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
const CODE_0 = 48;
const CODE_9 = 57;
/** Check digit of the first 11 characters of `s`, which the caller guarantees are ASCII digits. */
function checkDigitOf(s) {
    let first = 0;
    let second = 0;
    for (let i = 0; i < 11; i++) {
        const digit = s.charCodeAt(i) - CODE_0;
        first += digit * FIRST_PASS_WEIGHTS[i];
        second += digit * SECOND_PASS_WEIGHTS[i];
    }
    const firstResult = first % 11;
    if (firstResult !== 10)
        return firstResult;
    const secondResult = second % 11;
    return secondResult === 10 ? null : secondResult;
}
function isAsciiDigits(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < CODE_0 || c > CODE_9)
            return false;
    }
    return true;
}
/**
 * The check digit an IIN or BIN starting with `first11` must end with, or `null` when `first11`
 * is not exactly 11 ASCII digits or when no check digit exists (both passes give 10).
 *
 * @example computeIinCheckDigit('90010130012') // 6, so 900101300126 is a valid IIN
 */
function computeIinCheckDigit(first11) {
    if (typeof first11 !== 'string' || first11.length !== 11 || !isAsciiDigits(first11))
        return null;
    return checkDigitOf(first11);
}
/** Why a trimmed value is not a valid 12-digit number, or `null` when it is valid. */
function failureOf(trimmed) {
    if (trimmed === '')
        return 'empty';
    if (!isAsciiDigits(trimmed))
        return 'digits';
    if (trimmed.length !== 12)
        return 'length';
    const check = checkDigitOf(trimmed);
    return check !== null && check === trimmed.charCodeAt(11) - CODE_0 ? null : 'checksum';
}
function validateNumber(kind, value, lang) {
    if (typeof value !== 'string') {
        return (0, validation_1.validationFailure)(kind, value === null || value === undefined ? 'empty' : 'format', lang);
    }
    const trimmed = value.trim();
    const code = failureOf(trimmed);
    if (code === null)
        return { valid: true, value: trimmed };
    return (0, validation_1.validationFailure)(kind, code, lang, code === 'length' ? { length: trimmed.length } : undefined);
}
/**
 * Validates an IIN. The value is trimmed; nothing else is forgiven (inner spaces are refused).
 * Never throws, whatever it is given. `lang` chooses the language of `reason` (English by default).
 *
 * @example validateIin(' 900101300126 ') // { valid: true, value: '900101300126' }
 */
function validateIin(value, lang) {
    return validateNumber('iin', value, lang);
}
/** Validates a BIN: the same rule as {@link validateIin}, worded for a BIN. */
function validateBin(value, lang) {
    return validateNumber('bin', value, lang);
}
/** Whether `value` (trimmed) is a valid IIN. Allocation-free apart from the trim: fit for bulk ingestion. */
function isValidIin(value) {
    return typeof value === 'string' && failureOf(value.trim()) === null;
}
/** Whether `value` (trimmed) is a valid BIN. */
function isValidBin(value) {
    return isValidIin(value);
}
//# sourceMappingURL=iin.js.map