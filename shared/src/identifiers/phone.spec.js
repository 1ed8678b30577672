"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const phone_1 = require("./phone");
const digits = (length) => fast_check_1.default.array(fast_check_1.default.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((ds) => ds.join(''));
/** A Kazakhstan national number: 10 digits starting with 7. */
const kazakhNational = digits(9).map((rest) => `7${rest}`);
const separators = fast_check_1.default.string({ unit: fast_check_1.default.constantFrom(' ', '-', '(', ')', '.'), maxLength: 3 });
/**
 * One national number written in one of the accepted spellings (+7…, 8…, 7…, bare national), with
 * random runs of separators between any two characters.
 */
const spelledPhone = fast_check_1.default
    .tuple(kazakhNational, fast_check_1.default.constantFrom('+7', '8', '7', ''))
    .chain(([national, lead]) => {
    const plus = lead.startsWith('+');
    const characters = [...(plus ? lead.slice(1) : lead), ...national];
    return fast_check_1.default
        .array(separators, { minLength: characters.length + 1, maxLength: characters.length + 1 })
        .map((seps) => ({
        national,
        spelled: (plus ? '+' : '') + characters.map((c, i) => seps[i] + c).join('') + seps[characters.length],
    }));
});
describe('normalizePhone', () => {
    it.each([
        '+77011234567',
        '87011234567',
        '8 (701) 123-45-67',
        '+7 701 123 4567',
        '77011234567',
        '7011234567',
        '+7 (701) 123-45-67',
        '8.701.123.45.67',
        '  +7-701-123-45-67 \t',
    ])('normalises %p to +77011234567', (value) => {
        expect((0, phone_1.normalizePhone)(value)).toEqual({ valid: true, value: '+77011234567' });
        expect((0, phone_1.isValidPhone)(value)).toBe(true);
    });
    it('accepts Kazakhstan landlines (+7 7xx area codes)', () => {
        expect((0, phone_1.normalizePhone)('8 (727) 250-00-00')).toEqual({ valid: true, value: '+77272500000' });
        expect((0, phone_1.normalizePhone)('+7 7172 55 55 55')).toEqual({ valid: true, value: '+77172555555' });
    });
    const LENGTH = 'A Kazakhstan phone number is +7 followed by 10 digits (or 8 followed by 10 digits), like +7 701 123 4567.';
    const DIGITS = 'A phone number contains only digits, a leading +, spaces, dashes, dots and brackets.';
    const NOT_KAZAKH = 'Only Kazakhstan numbers are accepted: they start with +7 7, like +7 701 123 4567.';
    it.each([
        ['empty', '', 'empty', 'Enter a phone number.'],
        ['blank', ' \t ', 'empty', 'Enter a phone number.'],
        ['null', null, 'empty', 'Enter a phone number.'],
        ['a letter', '+7 701 123 45 6x', 'digits', DIGITS],
        ['an extension', '+7 701 123 45 67 ext 2', 'digits', DIGITS],
        ['a + inside', '7701+1234567', 'digits', DIGITS],
        ['a slash', '8/701/1234567', 'digits', DIGITS],
        ['a tab inside', '8\t7011234567', 'digits', DIGITS],
        ['too few digits after +7', '+7 701 123 456', 'length', LENGTH],
        ['too many digits after +7', '+7 701 123 45 678', 'length', LENGTH],
        ['too few digits', '701 123 45', 'length', LENGTH],
        ['too many digits', '8 8 701 123 45 67', 'length', LENGTH],
        ['only a +', '+', 'length', LENGTH],
        ['only separators', '(--)', 'length', LENGTH],
        [
            'a Russian mobile number',
            '+7 912 345 67 89',
            'format',
            'This is a Russian number (+7 9…): only Kazakhstan numbers, starting with +7 7, are accepted.',
        ],
        [
            'a Russian number dialled with 8',
            '8 (495) 123-45-67',
            'format',
            'This is a Russian number (+7 4…): only Kazakhstan numbers, starting with +7 7, are accepted.',
        ],
        [
            'a Russian freephone number',
            '8 800 555 35 35',
            'format',
            'This is a Russian number (+7 8…): only Kazakhstan numbers, starting with +7 7, are accepted.',
        ],
        [
            'a Russian number without trunk prefix',
            '3832123456',
            'format',
            'This is a Russian number (+7 3…): only Kazakhstan numbers, starting with +7 7, are accepted.',
        ],
        ['another country code', '+44 20 7946 0958', 'format', NOT_KAZAKH],
        ['another country code, short', '+1 555', 'format', NOT_KAZAKH],
        ['an unused +7 zone', '+7 601 123 4567', 'format', NOT_KAZAKH],
        ['11 digits not starting with 7 or 8', '97011234567', 'format', NOT_KAZAKH],
        ['a number', 87011234567, 'format', NOT_KAZAKH],
    ])('refuses %s with code and reason', (_label, value, code, reason) => {
        expect((0, phone_1.normalizePhone)(value)).toEqual({ valid: false, code, reason });
        expect((0, phone_1.isValidPhone)(value)).toBe(false);
    });
    it('gives the reason in Kazakh or Russian when asked', () => {
        expect((0, phone_1.normalizePhone)('+7 912 345 67 89', 'ru')).toMatchObject({
            code: 'format',
            reason: 'Это российский номер (+7 9…): принимаются только казахстанские номера, начинающиеся с +7 7.',
        });
        expect((0, phone_1.normalizePhone)('', 'kk')).toMatchObject({ code: 'empty', reason: 'Телефон нөмірін енгізіңіз.' });
    });
});
describe('normalizePhone properties', () => {
    it('normalises every spelling with random separators to the same E.164 number', () => {
        fast_check_1.default.assert(fast_check_1.default.property(spelledPhone, ({ national, spelled }) => {
            expect((0, phone_1.normalizePhone)(spelled)).toEqual({ valid: true, value: `+7${national}` });
        }), { numRuns: 2000 });
    });
    it('refuses Russian numbers (+7 3xx, 4xx, 8xx, 9xx) in every spelling, saying so', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.constantFrom('3', '4', '8', '9'), digits(9), fast_check_1.default.constantFrom('+7', '8', '7', ''), (area, rest, lead) => {
            const result = (0, phone_1.normalizePhone)(`${lead}${area}${rest}`);
            expect(result).toMatchObject({ valid: false, code: 'format' });
            expect(!result.valid && result.reason).toContain(`Russian number (+7 ${area}…)`);
        }));
    });
    it('only ever returns +7 7 followed by 9 digits', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.oneof(spelledPhone.map((p) => p.spelled), fast_check_1.default.string({ unit: fast_check_1.default.constantFrom(...'+0123456789 -().') })), (s) => {
            const result = (0, phone_1.normalizePhone)(s);
            if (result.valid)
                expect(result.value).toMatch(/^\+77[0-9]{9}$/);
        }), { numRuns: 2000 });
    });
    it('is idempotent', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.oneof(spelledPhone.map((p) => p.spelled), fast_check_1.default.string({ unit: fast_check_1.default.constantFrom(...'+0123456789 -().') }), fast_check_1.default.string({ unit: 'binary' })), (s) => {
            const once = (0, phone_1.normalizePhone)(s);
            if (once.valid)
                expect((0, phone_1.normalizePhone)(once.value)).toEqual(once);
        }), { numRuns: 2000 });
    });
    it('never throws, whatever it is given', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.oneof(fast_check_1.default.string({ unit: 'binary' }), fast_check_1.default.string(), fast_check_1.default.anything()), (value) => {
            const result = (0, phone_1.normalizePhone)(value);
            if (!result.valid)
                expect(result.reason.length).toBeGreaterThan(0);
            expect(typeof (0, phone_1.isValidPhone)(value)).toBe('boolean');
            expect((0, phone_1.normalizePhone)(value, 'kk').valid).toBe(result.valid);
        }), { numRuns: 1000 });
    });
});
//# sourceMappingURL=phone.spec.js.map