"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const enums_1 = require("../enums");
const validation_1 = require("./validation");
const KINDS = ['iin', 'bin', 'phone', 'email'];
const CODES = ['empty', 'length', 'digits', 'checksum', 'format'];
describe('describeValidationFailure', () => {
    it('has a sentence for every kind, code and language, translated in kk and ru', () => {
        for (const kind of KINDS) {
            for (const code of CODES) {
                const en = (0, validation_1.describeValidationFailure)(kind, code, 'en');
                expect(en).toMatch(/^[A-Z].*\.$/);
                for (const lang of enums_1.LANGUAGES) {
                    const sentence = (0, validation_1.describeValidationFailure)(kind, code, lang);
                    expect(sentence.trim()).toBe(sentence);
                    expect(sentence.length).toBeGreaterThan(10);
                    if (lang !== 'en')
                        expect(sentence).not.toBe(en);
                }
            }
        }
    });
    it('writes kk and ru sentences in Cyrillic', () => {
        for (const kind of KINDS) {
            for (const code of CODES) {
                expect((0, validation_1.describeValidationFailure)(kind, code, 'kk')).toMatch(/[а-яәғқңөұүһі]/i);
                expect((0, validation_1.describeValidationFailure)(kind, code, 'ru')).toMatch(/[а-я]/i);
            }
        }
    });
    it('uses the details when given', () => {
        expect((0, validation_1.describeValidationFailure)('iin', 'length', 'en')).toBe('An IIN has 12 digits.');
        expect((0, validation_1.describeValidationFailure)('iin', 'length', 'en', { length: 11 })).toBe('An IIN has 12 digits; this one has 11.');
        expect((0, validation_1.describeValidationFailure)('bin', 'length', 'kk', { length: 13 })).toBe('БСН 12 цифрдан тұрады, ал мұнда — 13.');
        expect((0, validation_1.describeValidationFailure)('phone', 'format', 'en', { russianPrefix: '9' })).toBe('This is a Russian number (+7 9…): only Kazakhstan numbers, starting with +7 7, are accepted.');
    });
    it('speaks English by default and for an unknown language', () => {
        expect((0, validation_1.describeValidationFailure)('iin', 'digits')).toBe('An IIN contains only digits.');
        expect((0, validation_1.describeValidationFailure)('iin', 'digits', 'de')).toBe('An IIN contains only digits.');
    });
    it('never throws on unknown kinds or codes', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.string(), fast_check_1.default.string(), fast_check_1.default.string(), (kind, code, lang) => {
            const sentence = (0, validation_1.describeValidationFailure)(kind, code, lang);
            expect(typeof sentence).toBe('string');
        }));
        expect((0, validation_1.describeValidationFailure)('constructor', 'length')).toBe('This value is not valid.');
        expect((0, validation_1.describeValidationFailure)('iin', '__proto__')).toBe('This value is not valid.');
    });
});
//# sourceMappingURL=validation.spec.js.map