import { COMPANY_SECTORS } from '@qorgau/shared';
import fc from 'fast-check';
import { ValidationException } from '../common/validation.exception';
import { companyFields, newCompanyFields, parseCompanyFilter, updatedCompanyFields, type CompanyFields } from './companies.rules';

const optionalText = fc.option(fc.string(), { nil: null });
const fields: fc.Arbitrary<CompanyFields> = fc.record({
  bin: fc.stringMatching(/^\d{12}$/),
  name: fc.string({ minLength: 1 }),
  sector: fc.constantFrom(...COMPANY_SECTORS),
  website: optionalText,
  contactName: optionalText,
  contactEmail: optionalText,
  contactPhone: optionalText,
});
/** Each field of an edit left out, cleared (optional ones only) or set. */
const edit = fc.record(
  {
    bin: fc.option(fc.stringMatching(/^\d{12}$/), { nil: undefined }),
    name: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
    sector: fc.option(fc.constantFrom(...COMPANY_SECTORS), { nil: undefined }),
    website: optionalText,
    contactName: optionalText,
    contactEmail: optionalText,
    contactPhone: optionalText,
  },
  { requiredKeys: [] },
);

describe('a company’s edited fields', () => {
  it('are the seven a regulator edits, whatever else the record holds', () => {
    fc.assert(
      fc.property(fields, (company) => {
        expect(companyFields({ ...company, id: 'x', version: 3, createdAt: new Date() } as CompanyFields)).toEqual(company);
      }),
    );
  });

  it('of a new company leave the optional ones empty when left out', () => {
    expect(newCompanyFields({ bin: '990140000473', name: 'Example', sector: COMPANY_SECTORS[0] })).toEqual({
      bin: '990140000473',
      name: 'Example',
      sector: COMPANY_SECTORS[0],
      website: null,
      contactName: null,
      contactEmail: null,
      contactPhone: null,
    });
  });

  it('after an edit: a field left out keeps its value, one sent (null included) replaces it', () => {
    fc.assert(
      fc.property(fields, edit, (current, input) => {
        const after = updatedCompanyFields(current, { ...input, version: 1 });
        for (const key of Object.keys(current) as (keyof CompanyFields)[]) {
          expect(after[key]).toBe(input[key] === undefined ? current[key] : input[key]);
        }
      }),
    );
  });

  it('an edit that sends back what was read changes nothing', () => {
    fc.assert(fc.property(fields, (current) => expect(updatedCompanyFields(current, { ...current, version: 1 })).toEqual(current)));
  });
});

describe('the company list’s filter', () => {
  const id = '0b7f8a52-3c2e-4d6b-9a1f-5e4d3c2b1a09';

  it('reads a trimmed search, sectors (one or a list) and ids, dropping malformed ids', () => {
    expect(parseCompanyFilter({ q: '  acme ', sector: COMPANY_SECTORS[0], id: [id, 'nope'] })).toEqual({ q: 'acme', sectors: [COMPANY_SECTORS[0]], ids: [id] });
    expect(parseCompanyFilter({ sector: [...COMPANY_SECTORS], id })).toEqual({ sectors: [...COMPANY_SECTORS], ids: [id] });
    expect(parseCompanyFilter({ q: '   ', sector: '' })).toEqual({});
  });

  it('refuses an unknown sector under filter.sector', () => {
    let error: unknown;
    try {
      parseCompanyFilter({ sector: [COMPANY_SECTORS[0], 'piracy'] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationException);
    expect((error as ValidationException).errors).toEqual({ 'filter.sector': 'unknown sector "piracy"' });
  });
});
