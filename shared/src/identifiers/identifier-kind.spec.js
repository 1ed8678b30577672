"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const email_1 = require("./email");
const iin_1 = require("./iin");
const identifier_kind_1 = require("./identifier-kind");
const phone_1 = require("./phone");
const digits = (length) => fast_check_1.default.array(fast_check_1.default.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((ds) => ds.join(''));
const validIin = digits(11)
    .filter((p) => (0, iin_1.computeIinCheckDigit)(p) !== null)
    .map((p) => `${p}${(0, iin_1.computeIinCheckDigit)(p)}`);
const kazakhPhone = fast_check_1.default
    .tuple(fast_check_1.default.constantFrom('+7 ', '8 ', '+7', '8', '7', ''), digits(9))
    .map(([lead, rest]) => `${lead}(7${rest.slice(0, 2)}) ${rest.slice(2, 5)}-${rest.slice(5, 7)}-${rest.slice(7)}`);
describe('detectIdentifierKind', () => {
    it.each([
        ['aigerim@mail.kz', 'email'],
        ['  Aigerim@Mail.KZ ', 'email'],
        ['not an address@', 'email'],
        ['900101300126', 'iin'],
        [' 900101300126\r', 'iin'],
        ['900101300127', 'iin'],
        ['+77011234567', 'phone'],
        ['87011234567', 'phone'],
        ['8 (701) 123-45-67', 'phone'],
        ['+7 701 123 4567', 'phone'],
        ['7011234567', 'phone'],
        ['12345', 'phone'],
        ['9001013001266', 'phone'],
        ['', null],
        ['   ', null],
        ['hello', null],
        ['(--)', null],
        ['+', null],
        ['900101 30012x', null],
    ])('sees %p as %p', (value, kind) => {
        expect((0, identifier_kind_1.detectIdentifierKind)(value)).toBe(kind);
    });
    it('recognises generated IINs, phone numbers and e-mail addresses', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.oneof(validIin.map((value) => ({ value, kind: 'iin' })), kazakhPhone.map((value) => ({ value, kind: 'phone' })), fast_check_1.default.emailAddress().map((value) => ({ value, kind: 'email' }))), ({ value, kind }) => {
            expect((0, identifier_kind_1.detectIdentifierKind)(value)).toBe(kind);
            expect((0, identifier_kind_1.normalizeIdentifier)(kind, value).valid).toBe(kind !== 'email' || value.length <= 254);
        }), { numRuns: 1000 });
    });
    it('returns a kind or null and never throws, whatever it is given', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.oneof(fast_check_1.default.string({ unit: 'binary' }), fast_check_1.default.string(), fast_check_1.default.anything()), (value) => {
            const kind = (0, identifier_kind_1.detectIdentifierKind)(value);
            expect(kind === null || identifier_kind_1.IDENTIFIER_KINDS.includes(kind)).toBe(true);
        }), { numRuns: 1000 });
    });
});
describe('normalizeIdentifier', () => {
    it('dispatches to the validator of each kind', () => {
        expect((0, identifier_kind_1.normalizeIdentifier)('iin', ' 900101300126 ')).toEqual({ valid: true, value: '900101300126' });
        expect((0, identifier_kind_1.normalizeIdentifier)('phone', '8 (701) 123-45-67')).toEqual({ valid: true, value: '+77011234567' });
        expect((0, identifier_kind_1.normalizeIdentifier)('email', ' Aigerim@Mail.KZ')).toEqual({ valid: true, value: 'aigerim@mail.kz' });
        expect((0, identifier_kind_1.normalizeIdentifier)('iin', '90010130012', 'ru')).toEqual((0, iin_1.validateIin)('90010130012', 'ru'));
    });
    it('agrees with the validator of each kind on any string', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.string({ unit: 'binary' }), fast_check_1.default.constantFrom('en', 'ru', 'kk'), (s, lang) => {
            expect((0, identifier_kind_1.normalizeIdentifier)('iin', s, lang)).toEqual((0, iin_1.validateIin)(s, lang));
            expect((0, identifier_kind_1.normalizeIdentifier)('phone', s, lang)).toEqual((0, phone_1.normalizePhone)(s, lang));
            expect((0, identifier_kind_1.normalizeIdentifier)('email', s, lang)).toEqual((0, email_1.normalizeEmail)(s, lang));
        }), { numRuns: 500 });
    });
    it('refuses an unknown kind without throwing', () => {
        expect((0, identifier_kind_1.normalizeIdentifier)('passport', 'N1234567')).toMatchObject({ valid: false, code: 'format' });
        expect((0, identifier_kind_1.normalizeIdentifier)({}, 'N1234567')).toMatchObject({ valid: false, code: 'format' });
    });
});
//# sourceMappingURL=identifier-kind.spec.js.map