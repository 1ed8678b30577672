import fc from 'fast-check';
import { EMAIL_LOCAL_MAX_LENGTH, EMAIL_MAX_LENGTH, isValidEmail, normalizeEmail } from './email';

const FORMAT =
  'This is not an e-mail address: it needs a name, one @ and a domain such as example.kz, with no spaces.';
const LENGTH = 'An e-mail address is at most 254 characters long, and the part before the @ at most 64.';

/** 1 + 1 + 3·64 + 61 = 255 characters, with every part within its own limit. */
const TOO_LONG = `a@${'d'.repeat(63)}.${'d'.repeat(63)}.${'d'.repeat(63)}.${'d'.repeat(61)}`;

const whitespace = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\ufeff'), maxLength: 3 });

describe('normalizeEmail', () => {
  it.each([
    ['aigerim@mail.kz', 'aigerim@mail.kz'],
    ['  Aigerim.Nurlanovna@Mail.KZ ', 'aigerim.nurlanovna@mail.kz'],
    ['\tINFO+Leak@Example.Co.KZ\r\n', 'info+leak@example.co.kz'],
    ['\uFEFFa@b.kz', 'a@b.kz'],
    ['Айгерім@Пошта.Қаз', 'айгерім@пошта.қаз'],
  ])('trims and lower-cases %p to %p', (value, expected) => {
    expect(normalizeEmail(value)).toEqual({ valid: true, value: expected });
    expect(isValidEmail(value)).toBe(true);
  });

  it('accepts a local part of 64 characters and an address of 254', () => {
    const local64 = 'a'.repeat(EMAIL_LOCAL_MAX_LENGTH);
    expect(normalizeEmail(`${local64}@mail.kz`).valid).toBe(true);
    const domain = `${'d'.repeat(63)}.${'d'.repeat(63)}.${'d'.repeat(63)}.kz`; // 194 characters
    const address = `${'a'.repeat(EMAIL_MAX_LENGTH - domain.length - 1)}@${domain}`;
    expect(address).toHaveLength(EMAIL_MAX_LENGTH);
    expect(normalizeEmail(address).valid).toBe(true);
  });

  it.each<[string, unknown, string, string]>([
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
    expect(normalizeEmail(value as string)).toEqual({ valid: false, code, reason });
    expect(isValidEmail(value as string)).toBe(false);
  });

  it('builds the too-long example right', () => {
    expect(TOO_LONG).toHaveLength(EMAIL_MAX_LENGTH + 1);
  });

  it('gives the reason in Kazakh or Russian when asked', () => {
    expect(normalizeEmail('aigerim', 'ru')).toMatchObject({
      code: 'format',
      reason: 'Это не адрес электронной почты: нужны имя, один знак @ и домен вроде example.kz, без пробелов.',
    });
    expect(normalizeEmail('', 'kk')).toMatchObject({ code: 'empty', reason: 'Электрондық пошта мекенжайын енгізіңіз.' });
  });
});

describe('normalizeEmail properties', () => {
  it('accepts generated addresses of at most 254 characters, padded and in mixed case, as trimmed lower case', () => {
    fc.assert(
      fc.property(whitespace, fc.mixedCase(fc.emailAddress()), whitespace, (before, address, after) => {
        fc.pre(address.length <= EMAIL_MAX_LENGTH);
        expect(normalizeEmail(`${before}${address}${after}`)).toEqual({ valid: true, value: address.toLowerCase() });
      }),
      { numRuns: 1000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(whitespace, fc.mixedCase(fc.emailAddress()), whitespace).map((parts) => parts.join('')),
          fc.tuple(fc.string({ unit: 'binary', minLength: 1 }), fc.string({ unit: 'binary' })).map(([l, d]) => `${l}@${d}.kz`),
          fc.string({ unit: 'binary' }),
        ),
        (s) => {
          const once = normalizeEmail(s);
          if (once.valid) expect(normalizeEmail(once.value)).toEqual(once);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string(), fc.anything()), (value) => {
        const result = normalizeEmail(value as string);
        if (!result.valid) expect(result.reason.length).toBeGreaterThan(0);
        expect(typeof isValidEmail(value as string)).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});
