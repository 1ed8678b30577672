import {
  API_PREFIX,
  BATCH_CHECK_MAX_IINS,
  LIFT_MAX_TEMPORARY_DAYS,
  LIFT_WINDOW_DAYS,
  LIFTS_PER_WINDOW,
  RESTRICTION_DAYS_DEFAULT,
  RESTRICTION_DAYS_MAX,
  RESTRICTION_DAYS_MIN,
  SCAM_WARNING,
} from './constants';
import { LANGUAGES } from './enums';

describe('constants', () => {
  it('match SPEC §3 and §5', () => {
    expect(API_PREFIX).toBe('/api/v1');
    expect([RESTRICTION_DAYS_MIN, RESTRICTION_DAYS_DEFAULT, RESTRICTION_DAYS_MAX]).toEqual([1, 90, 365]);
    expect([LIFT_MAX_TEMPORARY_DAYS, LIFTS_PER_WINDOW, LIFT_WINDOW_DAYS]).toEqual([30, 3, 30]);
    expect(BATCH_CHECK_MAX_IINS).toBe(1000);
  });

  it('has the scam warning in every language, naming SMS codes', () => {
    expect(Object.keys(SCAM_WARNING).sort()).toEqual([...LANGUAGES].sort());
    for (const lang of LANGUAGES) expect(SCAM_WARNING[lang]).toContain('SMS');
    expect(SCAM_WARNING.en).toContain('No bank, police officer, courier or utility employee will ever ask you');
    expect(SCAM_WARNING.ru).toMatch(/банк.*полиции.*курьер.*коммунальной/);
    expect(SCAM_WARNING.kk).toMatch(/банк.*полиция.*курьер.*коммуналдық/);
  });
});
