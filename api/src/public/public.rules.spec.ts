import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import {
  UTF8_BOM,
  ifNoneMatchHits,
  isPublicBreach,
  lateShare,
  monthOf,
  monthSeries,
  neutraliseFormula,
  strongEtag,
  toCsv,
} from './public.rules';

describe('isPublicBreach', () => {
  it('lists only published, non-sensitive, confirmed or closed breaches', () => {
    expect(isPublicBreach({ status: 'confirmed', published: true, sensitive: false })).toBe(true);
    expect(isPublicBreach({ status: 'closed', published: true, sensitive: false })).toBe(true);
    expect(isPublicBreach({ status: 'confirmed', published: false, sensitive: false })).toBe(false);
    expect(isPublicBreach({ status: 'confirmed', published: true, sensitive: true })).toBe(false);
    for (const status of ['draft', 'investigating', 'rejected', 'retracted'] as const) {
      expect(isPublicBreach({ status, published: true, sensitive: false })).toBe(false);
    }
  });
});

describe('monthSeries', () => {
  it('fills the months without breaches with 0, across a year end', () => {
    expect(monthSeries(new Map([['2024-11', 2], ['2025-02', 1]]), '2024-11', '2025-02')).toEqual([
      { month: '2024-11', breaches: 2 },
      { month: '2024-12', breaches: 0 },
      { month: '2025-01', breaches: 0 },
      { month: '2025-02', breaches: 1 },
    ]);
  });

  it('has one entry per month between any two dates, in order', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 400 }),
        (start, months) => {
          const first = monthOf(start);
          const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
          const series = monthSeries(new Map(), first, monthOf(end));
          expect(series).toHaveLength(months + 1);
          expect(series.map((entry) => entry.month)).toEqual([...series.map((entry) => entry.month)].sort());
        },
      ),
    );
  });

  it('is empty when the first month is after the last', () => {
    expect(monthSeries(new Map(), '2025-03', '2025-02')).toEqual([]);
  });
});

describe('lateShare', () => {
  it('divides, and is 0 with nothing to divide', () => {
    expect(lateShare(1, 4)).toBe(0.25);
    expect(lateShare(0, 0)).toBe(0);
  });
});

describe('toCsv', () => {
  it('starts with a BOM, quotes what needs it and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [['x, "y"', 3], [null, true]])).toBe(`${UTF8_BOM}a,b\r\n"x, ""y""",3\r\n,true\r\n`);
  });

  it('neutralises cells a spreadsheet would run as formulas, but not numbers', () => {
    expect(toCsv(['a', 'b'], [['=HYPERLINK("x")', -1]])).toBe(`${UTF8_BOM}a,b\r\n"'=HYPERLINK(""x"")",-1\r\n`);
  });

  it('reads back as the cells written, whatever the text (Cyrillic, quotes, line breaks, commas)', () => {
    const cell = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('Қазақ "Телеком", АҚ', 'line\r\nbreak', '"', ','));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const csv = toCsv(['first', 'second'], rows);
        const parsed: string[][] = parse(csv.slice(UTF8_BOM.length), { relax_column_count: false });
        expect(parsed).toEqual([['first', 'second'], ...rows.map((row) => row.map(neutraliseFormula))]);
      }),
    );
  });
});

describe('HTTP caching', () => {
  it('gives the same strong tag for the same bytes and another for others', () => {
    expect(strongEtag('{"a":1}')).toBe(strongEtag(Buffer.from('{"a":1}')));
    expect(strongEtag('{"a":1}')).not.toBe(strongEtag('{"a":2}'));
    expect(strongEtag('x')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
  });

  it('matches If-None-Match lists, weak tags and *', () => {
    const etag = strongEtag('x');
    expect(ifNoneMatchHits(etag, etag)).toBe(true);
    expect(ifNoneMatchHits(`"other", W/${etag}`, etag)).toBe(true);
    expect(ifNoneMatchHits('*', etag)).toBe(true);
    expect(ifNoneMatchHits('"other"', etag)).toBe(false);
    expect(ifNoneMatchHits(undefined, etag)).toBe(false);
  });
});
