import fc from 'fast-check';
import { normalizeEmail } from './email';
import { computeIinCheckDigit, validateIin } from './iin';
import { detectIdentifierKind, IDENTIFIER_KINDS, normalizeIdentifier } from './identifier-kind';
import { normalizePhone } from './phone';

const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((ds) => ds.join(''));

const validIin = digits(11)
  .filter((p) => computeIinCheckDigit(p) !== null)
  .map((p) => `${p}${computeIinCheckDigit(p)}`);

const kazakhPhone = fc
  .tuple(fc.constantFrom('+7 ', '8 ', '+7', '8', '7', ''), digits(9))
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
    expect(detectIdentifierKind(value)).toBe(kind);
  });

  it('recognises generated IINs, phone numbers and e-mail addresses', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          validIin.map((value) => ({ value, kind: 'iin' as const })),
          kazakhPhone.map((value) => ({ value, kind: 'phone' as const })),
          fc.emailAddress().map((value) => ({ value, kind: 'email' as const })),
        ),
        ({ value, kind }) => {
          expect(detectIdentifierKind(value)).toBe(kind);
          expect(normalizeIdentifier(kind, value).valid).toBe(kind !== 'email' || value.length <= 254);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('returns a kind or null and never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string(), fc.anything()), (value) => {
        const kind = detectIdentifierKind(value as string);
        expect(kind === null || (IDENTIFIER_KINDS as readonly string[]).includes(kind)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('normalizeIdentifier', () => {
  it('dispatches to the validator of each kind', () => {
    expect(normalizeIdentifier('iin', ' 900101300126 ')).toEqual({ valid: true, value: '900101300126' });
    expect(normalizeIdentifier('phone', '8 (701) 123-45-67')).toEqual({ valid: true, value: '+77011234567' });
    expect(normalizeIdentifier('email', ' Aigerim@Mail.KZ')).toEqual({ valid: true, value: 'aigerim@mail.kz' });
    expect(normalizeIdentifier('iin', '90010130012', 'ru')).toEqual(validateIin('90010130012', 'ru'));
  });

  it('agrees with the validator of each kind on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom('en', 'ru', 'kk' as const), (s, lang) => {
        expect(normalizeIdentifier('iin', s, lang)).toEqual(validateIin(s, lang));
        expect(normalizeIdentifier('phone', s, lang)).toEqual(normalizePhone(s, lang));
        expect(normalizeIdentifier('email', s, lang)).toEqual(normalizeEmail(s, lang));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses an unknown kind without throwing', () => {
    expect(normalizeIdentifier('passport' as never, 'N1234567')).toMatchObject({ valid: false, code: 'format' });
    expect(normalizeIdentifier({} as never, 'N1234567')).toMatchObject({ valid: false, code: 'format' });
  });
});
