import { BREACH_STATUSES } from '@qorgau/shared';
import fc from 'fast-check';
import { canLoadInto, detectDelimiter, headerColumns, headerKind, maskValue, mergeCounts, progressFigures } from './ingestion.rules';

describe('the delimiter of a file', () => {
  it.each([
    ['iin,phone,email', ','],
    ['ИИН;Телефон;E-mail', ';'],
    ['iin\tphone', '\t'],
    ['900101300126', ','],
    ['"a;b",c,d', ','],
    ['"x,y";"z"', ';'],
    ['', ','],
  ])('of %j is %j', (line, delimiter) => {
    expect(detectDelimiter(line)).toBe(delimiter);
  });

  it('is always one of the three, whatever the line', () => {
    fc.assert(fc.property(fc.string(), (line) => [',', ';', '\t'].includes(detectDelimiter(line))));
  });
});

describe('header names', () => {
  it.each([
    ['IIN', 'iin'],
    [' iin ', 'iin'],
    ['\uFEFFiin', 'iin'],
    ['ИИН', 'iin'],
    ['ЖСН', 'iin'],
    ['Phone', 'phone'],
    ['Телефон', 'phone'],
    ['e-mail', 'email'],
    ['E_MAIL', 'email'],
    ['Email', 'email'],
    ['name', null],
    ['900101300126', null],
  ])('%j names %j', (cell, kind) => {
    expect(headerKind(cell)).toBe(kind);
  });

  it('makes the first record a header only when a cell names a kind', () => {
    expect(headerColumns(['Name', 'IIN', 'Телефон'])).toEqual([null, 'iin', 'phone']);
    expect(headerColumns(['900101300126', '+77011234567'])).toBeNull();
  });
});

describe('masking a refused value', () => {
  it('shows at most the first and last four characters, as SPEC shows', () => {
    expect(maskValue('87011234567')).toBe('8701***4567');
    expect(maskValue('900101300127')).toBe('9001***0127');
    expect(maskValue('abc')).toBe('***');
    expect(maskValue('  1234567  ')).toBe('12***67');
    expect(maskValue('a\u0000b\u0001cdefgh')).toBe('a?b***fgh');
  });

  it('never shows more than eight characters of a value, nor more than all but three', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (value) => {
        const masked = maskValue(value);
        const shown = Array.from(masked).length - 3;
        const length = Array.from(value.trim()).length;
        expect(masked).toContain('***');
        expect(shown).toBeLessThanOrEqual(8);
        expect(shown).toBeLessThanOrEqual(Math.max(0, length - 3));
      }),
    );
  });

  it('hides the middle of long values', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{20,40}$/), (digits) => {
        expect(maskValue(digits)).not.toContain(digits.slice(4, -4));
      }),
    );
  });
});

describe('which breaches take a load', () => {
  it.each(BREACH_STATUSES.map((status) => [status, status !== 'rejected' && status !== 'retracted'] as const))('%s: %s', (status, allowed) => {
    expect(canLoadInto(status)).toBe(allowed);
  });
});

describe('progress and counts', () => {
  it('reports rows per second and the seconds left from the bytes read', () => {
    expect(progressFigures({ rowsRead: 1000, bytesRead: 500, bytesTotal: 1500, elapsedMs: 2000 })).toEqual({ rate: 500, etaSeconds: 4 });
    expect(progressFigures({ rowsRead: 1000, bytesRead: 500, bytesTotal: null, elapsedMs: 2000 })).toEqual({ rate: 500, etaSeconds: null });
    expect(progressFigures({ rowsRead: 0, bytesRead: 0, bytesTotal: 10, elapsedMs: 0 })).toEqual({ rate: 0, etaSeconds: null });
  });

  it('splits the valid values into accepted and duplicates', () => {
    fc.assert(
      fc.property(fc.nat(1e9), fc.nat(1e9), (a, b) => {
        const [inserted, valid] = a <= b ? [a, b] : [b, a];
        const { accepted, duplicates } = mergeCounts(valid, inserted);
        expect(accepted + duplicates).toBe(valid);
        expect(accepted).toBe(inserted);
      }),
    );
    expect(() => mergeCounts(1, 2)).toThrow();
  });
});
