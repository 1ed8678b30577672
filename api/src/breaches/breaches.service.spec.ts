import fc from 'fast-check';
import { ValidationException } from '../common/validation.exception';
import { lastTwelveMonths, parseBreachFilter } from './breaches.service';
import { isIsoDateTime } from '../common/iso-date-time';

describe('the breach list’s filter', () => {
  it('reads every filter, one value or a list', () => {
    expect(
      parseBreachFilter({
        status: 'confirmed',
        companyId: ['7f3e4a4e-3b1a-4c3e-9a55-0f2f9b8c1d2e', 'nonsense'],
        dataClass: ['iin', 'phone'],
        late: 'true',
        published: false,
        sensitive: null,
        q: '  Kaspi   утечка ',
        id: ['7f3e4a4e-3b1a-4c3e-9a55-0f2f9b8c1d2e'],
      }),
    ).toEqual({
      statuses: ['confirmed'],
      companyIds: ['7f3e4a4e-3b1a-4c3e-9a55-0f2f9b8c1d2e'],
      dataClasses: ['iin', 'phone'],
      late: true,
      published: false,
      words: ['Kaspi', 'утечка'],
      ids: ['7f3e4a4e-3b1a-4c3e-9a55-0f2f9b8c1d2e'],
    });
    expect(parseBreachFilter({})).toEqual({});
  });

  it('takes a bare date as the whole day in Almaty, both ends included', () => {
    expect(parseBreachFilter({ reportedFrom: '2025-03-10', reportedTo: '2025-03-10' })).toEqual({
      reportedFrom: new Date('2025-03-09T19:00:00.000Z'),
      reportedTo: new Date('2025-03-10T18:59:59.999Z'),
    });
    expect(parseBreachFilter({ reportedFrom: '2023-03-10' }).reportedFrom).toEqual(new Date('2023-03-09T18:00:00.000Z'));
    expect(parseBreachFilter({ reportedTo: '2025-03-10T12:00:00+05:00' }).reportedTo).toEqual(new Date('2025-03-10T07:00:00Z'));
  });

  it('names each filter it cannot read', () => {
    try {
      parseBreachFilter({ status: ['draft', 'gone'], dataClass: 'dna', late: 'yes', reportedFrom: '2025-02-30', reportedTo: 5 });
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationException);
      expect(Object.keys((error as ValidationException).errors).sort()).toEqual([
        'filter.dataClass',
        'filter.late',
        'filter.reportedFrom',
        'filter.reportedTo',
        'filter.status',
      ]);
    }
  });

  it('never throws anything but a validation error, whatever the filter', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('status', 'companyId', 'dataClass', 'reportedFrom', 'reportedTo', 'late', 'q', 'id', 'other'), fc.jsonValue()), (filter) => {
        try {
          parseBreachFilter(filter as Record<string, unknown>);
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationException);
        }
      }),
    );
  });
});

describe('ISO date-times', () => {
  it.each([
    ['2025-03-01T09:30:00Z', true],
    ['2025-03-01T09:30Z', true],
    ['2025-03-01T09:30:00.123456+05:00', true],
    ['2024-02-29T00:00:00Z', true],
    ['2025-02-29T00:00:00Z', false],
    ['2025-04-31T00:00:00Z', false],
    ['2025-03-01T24:30:00Z', false],
    ['2025-03-01T09:30:00', false],
    ['2025-03-01', false],
    ['1 March 2025', false],
  ])('%s is one: %s', (value, expected) => {
    expect(isIsoDateTime(value)).toBe(expected);
  });
});

describe('the dashboard’s months', () => {
  it('are the twelve UTC months up to the current one, oldest first, across a year end', () => {
    expect(lastTwelveMonths(new Date('2026-02-15T00:00:00Z'))).toEqual([
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(lastTwelveMonths(new Date('2025-12-31T23:59:59Z'))[11]).toBe('2025-12');
  });
});
