import { LANGUAGES, SCAM_WARNING } from '@qorgau/shared';
import fc from 'fast-check';
import { CitizenFacing, citizenDetail, CitizenProblem, citizenValidationProblem, isCitizenFacing, languageOf } from './citizen-messages';

describe('languageOf', () => {
  it.each([
    [undefined, 'kk'],
    ['', 'kk'],
    ['ru', 'ru'],
    ['ru-RU,ru;q=0.9,en;q=0.8', 'ru'],
    ['en-US,en;q=0.9', 'en'],
    ['de-DE,de;q=0.9', 'kk'],
    ['de,en;q=0.5,ru;q=0.7', 'ru'],
    ['kk-KZ', 'kk'],
    ['ru;q=0,en', 'en'],
    ['*', 'kk'],
  ])('reads %p as %s', (header, language) => {
    expect(languageOf(header)).toBe(language);
  });

  it('always gives a supported language, whatever the header', () => {
    fc.assert(fc.property(fc.string(), (header) => expect(LANGUAGES).toContain(languageOf(header))));
  });
});

describe('citizen messages', () => {
  it('say the same refusal in each language, and warn about scams whenever lifting is concerned', () => {
    const details = LANGUAGES.map((language) => citizenDetail({ code: 'lift-window-too-long', parameters: { maxDays: 30 } }, language));
    expect(new Set(details).size).toBe(3);
    LANGUAGES.forEach((language, index) => {
      expect(details[index]).toContain('30');
      expect(details[index]).toContain(SCAM_WARNING[language]);
    });
    expect(citizenDetail({ code: 'dispute-already-open' }, 'en')).not.toContain(SCAM_WARNING.en);
  });

  it('show times in Almaty', () => {
    expect(citizenDetail({ code: 'lift-quota-exceeded', parameters: { limit: 3, days: 30, at: '2026-03-10T19:30:00Z' } }, 'en')).toContain('11 March 2026');
  });

  it('put field errors beside the fields, in the language asked for', () => {
    const problem = CitizenProblem.invalid({ lenderBin: { code: 'lender-bin-invalid', parameters: { failure: 'checksum' } } }).inLanguage('ru');
    expect(problem.status).toBe(400);
    expect(problem.code).toBe('lender-bin-invalid');
    const extensions = problem.extensions as { code: string; errors: Record<string, string> };
    expect(extensions.code).toBe('lender-bin-invalid');
    expect(extensions.errors.lenderBin).toMatch(/[а-я]/);
    expect(problem.message).toContain(extensions.errors.lenderBin);
  });
});

describe('citizen DTO validation', () => {
  it('keeps citizen-message codes, and makes any other message an unknown field or an invalid request', () => {
    const problem = citizenValidationProblem({ kind: 'invalid-lift-kind', extra: 'unknown field', until: 'must be a string' }).inLanguage('ru');
    expect(problem.status).toBe(400);
    expect(problem.code).toBe('invalid-lift-kind');
    expect(problem.extensions.errors).toEqual({
      kind: citizenDetail({ code: 'invalid-lift-kind' }, 'ru'),
      extra: citizenDetail({ code: 'unknown-field' }, 'ru'),
      until: citizenDetail({ code: 'invalid-request' }, 'ru'),
    });
  });

  it('knows a citizen DTO by its mark, and nothing else', () => {
    @CitizenFacing()
    class MarkedRequest {}
    class PlainRequest {}
    expect(isCitizenFacing(MarkedRequest)).toBe(true);
    expect([PlainRequest, String, undefined, {}].map(isCitizenFacing)).toEqual([false, false, false, false]);
  });
});
