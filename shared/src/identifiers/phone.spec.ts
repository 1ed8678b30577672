import fc from 'fast-check';
import { isValidPhone, normalizePhone } from './phone';

const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((ds) => ds.join(''));

/** A Kazakhstan national number: 10 digits starting with 7. */
const kazakhNational = digits(9).map((rest) => `7${rest}`);

const separators = fc.string({ unit: fc.constantFrom(' ', '-', '(', ')', '.'), maxLength: 3 });

/**
 * One national number written in one of the accepted spellings (+7…, 8…, 7…, bare national), with
 * random runs of separators between any two characters.
 */
const spelledPhone = fc
  .tuple(kazakhNational, fc.constantFrom('+7', '8', '7', ''))
  .chain(([national, lead]) => {
    const plus = lead.startsWith('+');
    const characters = [...(plus ? lead.slice(1) : lead), ...national];
    return fc
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
    expect(normalizePhone(value)).toEqual({ valid: true, value: '+77011234567' });
    expect(isValidPhone(value)).toBe(true);
  });

  it('accepts Kazakhstan landlines (+7 7xx area codes)', () => {
    expect(normalizePhone('8 (727) 250-00-00')).toEqual({ valid: true, value: '+77272500000' });
    expect(normalizePhone('+7 7172 55 55 55')).toEqual({ valid: true, value: '+77172555555' });
  });

  const LENGTH =
    'A Kazakhstan phone number is +7 followed by 10 digits (or 8 followed by 10 digits), like +7 701 123 4567.';
  const DIGITS = 'A phone number contains only digits, a leading +, spaces, dashes, dots and brackets.';
  const NOT_KAZAKH = 'Only Kazakhstan numbers are accepted: they start with +7 7, like +7 701 123 4567.';

  it.each<[string, unknown, string, string]>([
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
    expect(normalizePhone(value as string)).toEqual({ valid: false, code, reason });
    expect(isValidPhone(value as string)).toBe(false);
  });

  it('gives the reason in Kazakh or Russian when asked', () => {
    expect(normalizePhone('+7 912 345 67 89', 'ru')).toMatchObject({
      code: 'format',
      reason: 'Это российский номер (+7 9…): принимаются только казахстанские номера, начинающиеся с +7 7.',
    });
    expect(normalizePhone('', 'kk')).toMatchObject({ code: 'empty', reason: 'Телефон нөмірін енгізіңіз.' });
  });
});

describe('normalizePhone properties', () => {
  it('normalises every spelling with random separators to the same E.164 number', () => {
    fc.assert(
      fc.property(spelledPhone, ({ national, spelled }) => {
        expect(normalizePhone(spelled)).toEqual({ valid: true, value: `+7${national}` });
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses Russian numbers (+7 3xx, 4xx, 8xx, 9xx) in every spelling, saying so', () => {
    fc.assert(
      fc.property(fc.constantFrom('3', '4', '8', '9'), digits(9), fc.constantFrom('+7', '8', '7', ''), (area, rest, lead) => {
        const result = normalizePhone(`${lead}${area}${rest}`);
        expect(result).toMatchObject({ valid: false, code: 'format' });
        expect(!result.valid && result.reason).toContain(`Russian number (+7 ${area}…)`);
      }),
    );
  });

  it('only ever returns +7 7 followed by 9 digits', () => {
    fc.assert(
      fc.property(fc.oneof(spelledPhone.map((p) => p.spelled), fc.string({ unit: fc.constantFrom(...'+0123456789 -().') })), (s) => {
        const result = normalizePhone(s);
        if (result.valid) expect(result.value).toMatch(/^\+77[0-9]{9}$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          spelledPhone.map((p) => p.spelled),
          fc.string({ unit: fc.constantFrom(...'+0123456789 -().') }),
          fc.string({ unit: 'binary' }),
        ),
        (s) => {
          const once = normalizePhone(s);
          if (once.valid) expect(normalizePhone(once.value)).toEqual(once);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string(), fc.anything()), (value) => {
        const result = normalizePhone(value as string);
        if (!result.valid) expect(result.reason.length).toBeGreaterThan(0);
        expect(typeof isValidPhone(value as string)).toBe('boolean');
        expect(normalizePhone(value as string, 'kk').valid).toBe(result.valid);
      }),
      { numRuns: 1000 },
    );
  });
});
