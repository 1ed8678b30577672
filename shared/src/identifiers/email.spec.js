"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const email_1 = require("./email");
const FORMAT = 'This is not an e-mail address: it needs a name, one @ and a domain such as example.kz, with no spaces.';
const LENGTH = 'An e-mail address is at most 254 characters long, and the part before the @ at most 64.';
/** 1 + 1 + 3·64 + 61 = 255 characters, with every part within its own limit. */
const TOO_LONG = `a@${'d'.repeat(63)}.${'d'.repeat(63)}.${'d'.repeat(63)}.${'d'.repeat(61)}`;
const whitespace = fast_check_1.default.string({ unit: fast_check_1.default.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\ufeff'), maxLength: 3 });
describe('normalizeEmail', () => {
    it.each([
        ['aigerim@mail.kz', 'aigerim@mail.kz'],
        ['  Aigerim.Nurlanovna@Mail.KZ ', 'aigerim.nurlanovna@mail.kz'],
        ['\tINFO+Leak@Example.Co.KZ\r\n', 'info+leak@example.co.kz'],
        ['\uFEFFa@b.kz', 'a@b.kz'],
        ['Айгерім@Пошта.Қаз', 'айгерім@пошта.қаз'],
    ])('trims and lower-cases %p to %p', (value, expected) => {
        expect((0, email_1.normalizeEmail)(value)).toEqual({ valid: true, value: expected });
        expect((0, email_1.isValidEmail)(value)).toBe(true);
    });
    it('accepts a local part of 64 characters and an address of 254', () => {
        const local64 = 'a'.repeat(email_1.EMAIL_LOCAL_MAX_LENGTH);
        expect((0, email_1.normalizeEmail)(`${local64}@mail.kz`).valid).toBe(true);
        const domain = `${'d'.repeat(63)}.${'d'.repeat(63)}.${'d'.repeat(63)}.kz`; // 194 characters
        const address = `${'a'.repeat(email_1.EMAIL_MAX_LENGTH - domain.length - 1)}@${domain}`;
        expect(address).toHaveLength(email_1.EMAIL_MAX_LENGTH);
        expect((0, email_1.normalizeEmail)(address).valid).toBe(true);
    });
    it.each([
        ['empty', '', 'empty', 'Enter an e-mail address.'],
        ['blank', '  \t', 'empty', 'Enter an e-mail address.'],
        ['null', null, 'empty', 'Enter an e-mail address.'],
        ['no @', 'aigerim.mail.kz', 'format', FORMAT],
        ['two @', 'aigerim@home@mail.kz', 'format', FORMAT],
        ['an empty local part', '@mail.kz', 'format', FORMAT],
        ['a domain without a dot', 'aigerim@localhost', 'format', FORMAT],
        ['an empty domain', 'aigerim@', 'format', FORMAT],
        ['a domain starting with a dot', 'aigerim@.kz', 'format', FORMAT],
        ['a domain ending with a dot', 'aigerim@mail.', 'format', FORMAT],
        ['an empty domain label', 'aigerim@mail..kz', 'format', FORMAT],
        ['an inner space', 'aigerim nur@mail.kz', 'format', FORMAT],
        ['an inner no-break space', 'aigerim\u00a0nur@mail.kz', 'format', FORMAT],
        ['a control character', 'aigerim\u0000@mail.kz', 'format', FORMAT],
        ['a local part of 65 characters', `${'a'.repeat(65)}@mail.kz`, 'length', LENGTH],
        ['an address of 255 characters', TOO_LONG, 'length', LENGTH],
        ['a number', 42, 'format', FORMAT],
    ])('refuses %s with code and reason', (_label, value, code, reason) => {
        expect((0, email_1.normalizeEmail)(value)).toEqual({ valid: false, code, reason });
        expect((0, email_1.isValidEmail)(value)).toBe(false);
    });
    it('builds the too-long example right', () => {
        expect(TOO_LONG).toHaveLength(email_1.EMAIL_MAX_LENGTH + 1);
    });
    it('gives the reason in Kazakh or Russian when asked', () => {
        expect((0, email_1.normalizeEmail)('aigerim', 'ru')).toMatchObject({
            code: 'format',
            reason: 'Это не адрес электронной почты: нужны имя, один знак @ и домен вроде example.kz, без пробелов.',
        });
        expect((0, email_1.normalizeEmail)('', 'kk')).toMatchObject({ code: 'empty', reason: 'Электрондық пошта мекенжайын енгізіңіз.' });
    });
});
describe('normalizeEmail properties', () => {
    it('accepts generated addresses of at most 254 characters, padded and in mixed case, as trimmed lower case', () => {
        fast_check_1.default.assert(fast_check_1.default.property(whitespace, fast_check_1.default.mixedCase(fast_check_1.default.emailAddress()), whitespace, (before, address, after) => {
            fast_check_1.default.pre(address.length <= email_1.EMAIL_MAX_LENGTH);
            expect((0, email_1.normalizeEmail)(`${before}${address}${after}`)).toEqual({ valid: true, value: address.toLowerCase() });
        }), { numRuns: 1000 });
    });
    it('is idempotent', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.oneof(fast_check_1.default.tuple(whitespace, fast_check_1.default.mixedCase(fast_check_1.default.emailAddress()), whitespace).map((parts) => parts.join('')), fast_check_1.default.tuple(fast_check_1.default.string({ unit: 'binary', minLength: 1 }), fast_check_1.default.string({ unit: 'binary' })).map(([l, d]) => `${l}@${d}.kz`), fast_check_1.default.string({ unit: 'binary' })), (s) => {
            const once = (0, email_1.normalizeEmail)(s);
            if (once.valid)
                expect((0, email_1.normalizeEmail)(once.value)).toEqual(once);
        }), { numRuns: 2000 });
    });
    it('never throws, whatever it is given', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.oneof(fast_check_1.default.string({ unit: 'binary' }), fast_check_1.default.string(), fast_check_1.default.anything()), (value) => {
            const result = (0, email_1.normalizeEmail)(value);
            if (!result.valid)
                expect(result.reason.length).toBeGreaterThan(0);
            expect(typeof (0, email_1.isValidEmail)(value)).toBe('boolean');
        }), { numRuns: 1000 });
    });
});
//# sourceMappingURL=email.spec.js.map