"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IDENTIFIER_KINDS = void 0;
exports.detectIdentifierKind = detectIdentifierKind;
exports.normalizeIdentifier = normalizeIdentifier;
const iin_1 = require("./iin");
const email_1 = require("./email");
const phone_1 = require("./phone");
/** The kinds of identifier found in a leak (SPEC §2). */
exports.IDENTIFIER_KINDS = ['iin', 'phone', 'email'];
const TWELVE_DIGITS = /^[0-9]{12}$/;
const PHONE_CHARACTERS = /^\+?[0-9 ().-]+$/;
const A_DIGIT = /[0-9]/;
/**
 * Guesses the kind of one value of a headerless single-column file (SPEC §5.1): anything with an
 * `@` is an e-mail address, 12 digits are an IIN, digits with phone separators are a phone number.
 * Returns `null` for anything else (including blank values). Only the shape is looked at: the value
 * may still be invalid for its kind — pass it to {@link normalizeIdentifier}.
 *
 * @example detectIdentifierKind('8 (701) 123-45-67') // 'phone'
 */
function detectIdentifierKind(value) {
    if (typeof value !== 'string')
        return null;
    const trimmed = value.trim();
    if (trimmed === '')
        return null;
    if (trimmed.includes('@'))
        return 'email';
    if (TWELVE_DIGITS.test(trimmed))
        return 'iin';
    if (PHONE_CHARACTERS.test(trimmed) && A_DIGIT.test(trimmed))
        return 'phone';
    return null;
}
/**
 * Validates and normalises `value` as an identifier of `kind`: the normalised value is what the
 * registry hashes (SPEC §3.7). Never throws.
 */
function normalizeIdentifier(kind, value, lang) {
    switch (kind) {
        case 'iin':
            return (0, iin_1.validateIin)(value, lang);
        case 'phone':
            return (0, phone_1.normalizePhone)(value, lang);
        case 'email':
            return (0, email_1.normalizeEmail)(value, lang);
        default: {
            const unknownKind = kind;
            return { valid: false, code: 'format', reason: `Unknown identifier kind: ${typeof unknownKind === 'string' ? unknownKind : typeof unknownKind}.` };
        }
    }
}
//# sourceMappingURL=identifier-kind.js.map