"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const iin_1 = require("./iin");
// ── An independent reference implementation, written from SPEC §2 as literally as possible ──
const FIRST_PASS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_PASS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
function weightedSumMod11(prefix, weights) {
    return [...prefix].reduce((sum, c, i) => sum + Number(c) * weights[i], 0) % 11;
}
/** Which pass decides the check digit of an 11-digit prefix. */
function passOf(prefix) {
    return weightedSumMod11(prefix, FIRST_PASS) === 10 ? 2 : 1;
}
function referenceCheckDigit(prefix) {
    const first = weightedSumMod11(prefix, FIRST_PASS);
    if (first !== 10)
        return first;
    const second = weightedSumMod11(prefix, SECOND_PASS);
    return second === 10 ? null : second;
}
function referenceIsValid(twelveDigits) {
    return referenceCheckDigit(twelveDigits.slice(0, 11)) === Number(twelveDigits[11]);
}
// ── Generators ───────────────────────────────────────────────────────────────────────────
const digitString = (length) => fast_check_1.default.array(fast_check_1.default.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((ds) => ds.join(''));
/** Prefixes whose first pass gives 10, so that the second pass decides: digits 2..11 free, digit 1 solved for. */
const secondPassPrefix = digitString(10)
    .map((rest) => {
    const partial = [...rest].reduce((sum, c, i) => sum + Number(c) * FIRST_PASS[i + 1], 0);
    return { first: (((10 - partial) % 11) + 11) % 11, rest };
})
    .filter(({ first }) => first <= 9)
    .map(({ first, rest }) => `${first}${rest}`);
/** Any prefix, with the second-pass case well represented (it is only ~1 in 11 of random prefixes). */
const prefix = fast_check_1.default.oneof(digitString(11), secondPassPrefix);
/** A valid 12-digit number: a prefix that has a check digit, followed by it. */
const validNumber = prefix
    .filter((p) => referenceCheckDigit(p) !== null)
    .map((p) => `${p}${referenceCheckDigit(p)}`);
/** A valid number, a position (0-based) and the number with the digit at that position changed. */
const singleDigitChange = fast_check_1.default
    .tuple(validNumber, fast_check_1.default.integer({ min: 0, max: 11 }), fast_check_1.default.integer({ min: 1, max: 9 }))
    .map(([original, position, delta]) => {
    const changedDigit = (Number(original[position]) + delta) % 10;
    const changed = original.slice(0, position) + changedDigit + original.slice(position + 1);
    return { original, position, changed };
});
// ── Examples ─────────────────────────────────────────────────────────────────────────────
describe('computeIinCheckDigit', () => {
    it.each([
        ['90010130012', 6],
        ['85070540123', 1],
        ['02020550000', 0],
        ['97124000131', 5],
        ['00000000000', 0],
        // second pass: 1·1+2·2+…+9·9+0·10+1·11 = 296 ≡ 10; 3·1+4·2+…+11·9+1·0+2·1 = 377 ≡ 3
        ['12345678901', 3],
        ['37783533740', 0],
        ['62585178128', 6],
    ])('gives the check digit of %s: %i', (first11, expected) => {
        expect((0, iin_1.computeIinCheckDigit)(first11)).toBe(expected);
        expect(referenceCheckDigit(first11)).toBe(expected);
    });
    it.each(['06870986119', '77680075310'])('is null for %s, where both passes give 10', (first11) => {
        expect(passOf(first11)).toBe(2);
        expect((0, iin_1.computeIinCheckDigit)(first11)).toBeNull();
    });
    it.each(['', '1234567890', '123456789012', '1234567890a', ' 12345678901', '１２３４５６７８９０１', '٠١٢٣٤٥٦٧٨٩٠'])('is null for %p, which is not 11 ASCII digits', (input) => {
        expect((0, iin_1.computeIinCheckDigit)(input)).toBeNull();
    });
});
describe('validateIin and validateBin', () => {
    it.each(['900101300126', '850705401231', '020205500000', '971240001315', '123456789013', '377835337400', '625851781286'])('accept %s', (value) => {
        expect((0, iin_1.validateIin)(value)).toEqual({ valid: true, value });
        expect((0, iin_1.validateBin)(value)).toEqual({ valid: true, value });
        expect((0, iin_1.isValidIin)(value)).toBe(true);
        expect((0, iin_1.isValidBin)(value)).toBe(true);
    });
    it('trims the value and returns it trimmed', () => {
        expect((0, iin_1.validateIin)(' \t900101300126\r\n')).toEqual({ valid: true, value: '900101300126' });
        expect((0, iin_1.validateIin)('\uFEFF900101300126')).toEqual({ valid: true, value: '900101300126' });
        expect((0, iin_1.isValidIin)(' 900101300126 ')).toBe(true);
    });
    it('never looks at the birth date or sex: an impossible date with a correct check digit is valid', () => {
        // 99-13-45: month 13, day 45; 7th (century/sex) digit 0
        const prefix11 = '99134500000';
        const iin = `${prefix11}${(0, iin_1.computeIinCheckDigit)(prefix11)}`;
        expect((0, iin_1.validateIin)(iin).valid).toBe(true);
    });
    it.each([
        ['empty', '', 'empty', 'Enter the IIN: 12 digits.'],
        ['blank', '   ', 'empty', 'Enter the IIN: 12 digits.'],
        ['11 digits', '90010130012', 'length', 'An IIN has 12 digits; this one has 11.'],
        ['13 digits', '9001013001266', 'length', 'An IIN has 12 digits; this one has 13.'],
        ['an inner space', '900101 300126', 'digits', 'An IIN contains only digits.'],
        ['a letter', '90010130012a', 'digits', 'An IIN contains only digits.'],
        ['full-width digits', '９００１０１３００１２６', 'digits', 'An IIN contains only digits.'],
        ['a sign', '-900101300126', 'digits', 'An IIN contains only digits.'],
        [
            'a wrong check digit',
            '900101300127',
            'checksum',
            'The last digit of this IIN does not match the others: check for a typo.',
        ],
        [
            'a prefix with no possible check digit',
            '068709861190',
            'checksum',
            'The last digit of this IIN does not match the others: check for a typo.',
        ],
        ['null', null, 'empty', 'Enter the IIN: 12 digits.'],
        ['undefined', undefined, 'empty', 'Enter the IIN: 12 digits.'],
        ['a number', 900101300126, 'format', 'An IIN is written as 12 digits.'],
        ['an object', { iin: '900101300126' }, 'format', 'An IIN is written as 12 digits.'],
    ])('refuse %s with code and reason', (_label, value, code, reason) => {
        expect((0, iin_1.validateIin)(value)).toEqual({ valid: false, code, reason });
        expect((0, iin_1.isValidIin)(value)).toBe(false);
    });
    it('word the reasons for a BIN', () => {
        expect((0, iin_1.validateBin)('97124000131')).toEqual({
            valid: false,
            code: 'length',
            reason: 'A BIN has 12 digits; this one has 11.',
        });
        expect((0, iin_1.validateBin)('971240001316')).toEqual({
            valid: false,
            code: 'checksum',
            reason: 'The last digit of this BIN does not match the others: check for a typo.',
        });
        expect((0, iin_1.validateBin)('97124000131x')).toMatchObject({ code: 'digits', reason: 'A BIN contains only digits.' });
    });
    it('give the reason in Kazakh or Russian when asked', () => {
        expect((0, iin_1.validateIin)('90010130012', 'ru')).toMatchObject({ code: 'length', reason: 'В ИИН 12 цифр, а здесь — 11.' });
        expect((0, iin_1.validateIin)('90010130012', 'kk')).toMatchObject({
            code: 'length',
            reason: 'ЖСН 12 цифрдан тұрады, ал мұнда — 11.',
        });
        expect((0, iin_1.validateBin)('971240001316', 'ru')).toMatchObject({
            reason: 'Последняя цифра БИН не сходится с остальными — проверьте, нет ли опечатки.',
        });
    });
});
// ── Properties ───────────────────────────────────────────────────────────────────────────
describe('IIN/BIN check digit properties', () => {
    it('agrees with the reference implementation on every 12-digit string', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.oneof(digitString(12), validNumber), (value) => {
            expect((0, iin_1.isValidIin)(value)).toBe(referenceIsValid(value));
            expect((0, iin_1.isValidBin)(value)).toBe(referenceIsValid(value));
            expect((0, iin_1.computeIinCheckDigit)(value.slice(0, 11))).toBe(referenceCheckDigit(value.slice(0, 11)));
        }), { numRuns: 2000 });
    });
    it('accepts any 11-digit prefix followed by its computed check digit, as IIN and as BIN', () => {
        fast_check_1.default.assert(fast_check_1.default.property(prefix, (first11) => {
            const check = (0, iin_1.computeIinCheckDigit)(first11);
            fast_check_1.default.pre(check !== null);
            const value = `${first11}${check}`;
            expect((0, iin_1.validateIin)(value)).toEqual({ valid: true, value });
            expect((0, iin_1.validateBin)(value)).toEqual({ valid: true, value });
        }), { numRuns: 2000 });
    });
    it('rejects a single-digit change exactly when the changed number’s check digit differs from its 12th digit', () => {
        fast_check_1.default.assert(fast_check_1.default.property(singleDigitChange, ({ changed }) => {
            const expectedValid = referenceCheckDigit(changed.slice(0, 11)) === Number(changed[11]);
            expect((0, iin_1.validateIin)(changed).valid).toBe(expectedValid);
            expect((0, iin_1.validateBin)(changed).valid).toBe(expectedValid);
        }), { numRuns: 5000 });
    });
    it('lets a single-digit change through only in the two blind spots of the rule', () => {
        // (a) the 11th digit (weight 11 ≡ 0) while the first pass decides, or
        // (b) a change that moves the number from one pass to the other and happens to land on the same check digit.
        fast_check_1.default.assert(fast_check_1.default.property(singleDigitChange, ({ original, position, changed }) => {
            if (!(0, iin_1.isValidIin)(changed))
                return;
            const originalPass = passOf(original.slice(0, 11));
            const changedPass = passOf(changed.slice(0, 11));
            const eleventhDigitBlindSpot = position === 10 && originalPass === 1;
            const crossPassCoincidence = originalPass !== changedPass;
            expect(eleventhDigitBlindSpot || crossPassCoincidence).toBe(true);
        }), { numRuns: 5000 });
    });
    it('always rejects a change of the 12th (check) digit', () => {
        fast_check_1.default.assert(fast_check_1.default.property(singleDigitChange, ({ position, changed }) => {
            fast_check_1.default.pre(position === 11);
            expect((0, iin_1.isValidIin)(changed)).toBe(false);
        }));
    });
    it('always rejects a change in positions 1..10 when the first pass decides both the original and the changed number', () => {
        fast_check_1.default.assert(fast_check_1.default.property(singleDigitChange, ({ original, position, changed }) => {
            fast_check_1.default.pre(position <= 9);
            fast_check_1.default.pre(passOf(original.slice(0, 11)) === 1 && passOf(changed.slice(0, 11)) === 1);
            expect((0, iin_1.isValidIin)(changed)).toBe(false);
            expect((0, iin_1.validateIin)(changed)).toMatchObject({ valid: false, code: 'checksum' });
        }), { numRuns: 2000 });
    });
    it('always rejects a change in positions 1..11 when the second pass decides both the original and the changed number', () => {
        // Second-pass weights 3..11,1,2: only position 9 weighs 11 ≡ 0, and changing it always moves the
        // number back to the first pass (its first-pass weight is 9), so it never stays in the second pass.
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.tuple(secondPassPrefix.filter((p) => referenceCheckDigit(p) !== null), fast_check_1.default.integer({ min: 0, max: 10 }), fast_check_1.default.integer({ min: 1, max: 9 })), ([first11, position, delta]) => {
            const original = `${first11}${referenceCheckDigit(first11)}`;
            const changed = original.slice(0, position) + ((Number(original[position]) + delta) % 10) + original.slice(position + 1);
            fast_check_1.default.pre(passOf(changed.slice(0, 11)) === 2);
            expect(position).not.toBe(8);
            expect((0, iin_1.isValidIin)(changed)).toBe(false);
        }), { numRuns: 2000 });
    });
    it('always accepts a change of the 11th digit when the first pass decides: the blind spot (11 ≡ 0 mod 11)', () => {
        fast_check_1.default.assert(fast_check_1.default.property(singleDigitChange, ({ original, position, changed }) => {
            fast_check_1.default.pre(position === 10 && passOf(original.slice(0, 11)) === 1);
            expect((0, iin_1.isValidIin)(changed)).toBe(true);
        }));
    });
    it('documents the 11th-digit blind spot with a concrete example', () => {
        // 900101300126: first pass 9·1+0+0+1·4+0+1·6+3·7+0+0+1·10+2·11 = 72 ≡ 6. Replacing the 11th digit 2
        // by 3 adds 11 to the sum, which changes nothing mod 11: the typo goes unnoticed.
        expect((0, iin_1.isValidIin)('900101300126')).toBe(true);
        expect((0, iin_1.isValidIin)('900101300136')).toBe(true);
        for (let d = 0; d <= 9; d++)
            expect((0, iin_1.isValidIin)(`9001013001${d}6`)).toBe(true);
    });
    it('documents a cross-pass coincidence with a concrete example', () => {
        // 011524493901 is decided by the first pass; changing its 6th digit 4→0 gives a prefix whose first
        // pass gives 10, and the second pass happens to give the same check digit 1.
        expect(passOf('01152449390')).toBe(1);
        expect(passOf('01152049390')).toBe(2);
        expect((0, iin_1.isValidIin)('011524493901')).toBe(true);
        expect((0, iin_1.isValidIin)('011520493901')).toBe(true);
    });
    it('never throws, whatever the string', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.oneof(fast_check_1.default.string({ unit: 'binary' }), fast_check_1.default.string(), fast_check_1.default.string({ unit: 'grapheme' })), (s) => {
            for (const result of [(0, iin_1.validateIin)(s), (0, iin_1.validateBin)(s), (0, iin_1.validateIin)(s, 'kk'), (0, iin_1.validateBin)(s, 'ru')]) {
                if (!result.valid)
                    expect(result.reason.length).toBeGreaterThan(0);
            }
            expect(typeof (0, iin_1.isValidIin)(s)).toBe('boolean');
            expect(typeof (0, iin_1.isValidBin)(s)).toBe('boolean');
            const check = (0, iin_1.computeIinCheckDigit)(s);
            expect(check === null || (check >= 0 && check <= 9)).toBe(true);
        }), { numRuns: 1000 });
    });
    it('never throws on values that are not strings at all', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.anything(), (value) => {
            expect((0, iin_1.validateIin)(value).valid).toBe(typeof value === 'string' && (0, iin_1.isValidIin)(value));
            expect((0, iin_1.validateBin)(value).valid).toBe(typeof value === 'string' && (0, iin_1.isValidBin)(value));
            expect((0, iin_1.computeIinCheckDigit)(value) === null || typeof value === 'string').toBe(true);
        }));
    });
});
//# sourceMappingURL=iin.spec.js.map