import fc from 'fast-check';
import { LANGUAGES } from '../enums';
import { describeValidationFailure, type ValidationFailureCode, type ValidationKind } from './validation';

const KINDS: ValidationKind[] = ['iin', 'bin', 'phone', 'email'];
const CODES: ValidationFailureCode[] = ['empty', 'length', 'digits', 'checksum', 'format'];

describe('describeValidationFailure', () => {
  it('has a sentence for every kind, code and language, translated in kk and ru', () => {
    for (const kind of KINDS) {
      for (const code of CODES) {
        const en = describeValidationFailure(kind, code, 'en');
        expect(en).toMatch(/^[A-Z].*\.$/);
        for (const lang of LANGUAGES) {
          const sentence = describeValidationFailure(kind, code, lang);
          expect(sentence.trim()).toBe(sentence);
          expect(sentence.length).toBeGreaterThan(10);
          if (lang !== 'en') expect(sentence).not.toBe(en);
        }
      }
    }
  });

  it('writes kk and ru sentences in Cyrillic', () => {
    for (const kind of KINDS) {
      for (const code of CODES) {
        expect(describeValidationFailure(kind, code, 'kk')).toMatch(/[а-яәғқңөұүһі]/i);
        expect(describeValidationFailure(kind, code, 'ru')).toMatch(/[а-я]/i);
      }
    }
  });

  it('uses the details when given', () => {
    expect(describeValidationFailure('iin', 'length', 'en')).toBe('An IIN has 12 digits.');
    expect(describeValidationFailure('iin', 'length', 'en', { length: 11 })).toBe('An IIN has 12 digits; this one has 11.');
    expect(describeValidationFailure('bin', 'length', 'kk', { length: 13 })).toBe('БСН 12 цифрдан тұрады, ал мұнда — 13.');
    expect(describeValidationFailure('phone', 'format', 'en', { russianPrefix: '9' })).toBe(
      'This is a Russian number (+7 9…): only Kazakhstan numbers, starting with +7 7, are accepted.',
    );
  });

  it('speaks English by default and for an unknown language', () => {
    expect(describeValidationFailure('iin', 'digits')).toBe('An IIN contains only digits.');
    expect(describeValidationFailure('iin', 'digits', 'de' as never)).toBe('An IIN contains only digits.');
  });

  it('never throws on unknown kinds or codes', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (kind, code, lang) => {
        const sentence = describeValidationFailure(kind as never, code as never, lang as never);
        expect(typeof sentence).toBe('string');
      }),
    );
    expect(describeValidationFailure('constructor' as never, 'length' as never)).toBe('This value is not valid.');
    expect(describeValidationFailure('iin', '__proto__' as never)).toBe('This value is not valid.');
  });
});
