import { BATCH_CHECK_MAX_IINS, computeIinCheckDigit } from '@qorgau/shared';
import fc from 'fast-check';
import { ValidationException } from '../common/validation.exception';
import { parseBatchCheck, parseSingleCheck } from './inquiries.rules';

const validIin = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 11 })
  .map((digits) => digits.join(''))
  .filter((first11) => computeIinCheckDigit(first11) !== null)
  .map((first11) => `${first11}${computeIinCheckDigit(first11)}`);

function errorsOf(parse: () => unknown): Record<string, string> {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationException);
    return (error as ValidationException).errors;
  }
  throw new Error('expected a ValidationException');
}

describe('parseSingleCheck', () => {
  it('accepts a valid IIN with a purpose and a reference', () => {
    expect(parseSingleCheck('900101300126', 'loan', 'APP-1')).toEqual({ iin: '900101300126', purpose: 'loan', reference: 'APP-1' });
  });

  it('names every wrong field, the IIN by its value', () => {
    const errors = errorsOf(() => parseSingleCheck('900101300127', 'mortgage', 'x'.repeat(65)));
    expect(errors.iin).toContain('"900101300127"');
    expect(errors.purpose).toContain('loan, microcredit');
    expect(errors.reference).toContain('64');
    expect(Object.keys(errorsOf(() => parseSingleCheck('900101300126', undefined, undefined)))).toEqual(['purpose', 'reference']);
    expect(errorsOf(() => parseSingleCheck('900101300126', 'loan', '  ')).reference).toContain('required');
  });
});

describe('parseBatchCheck', () => {
  it('answers each IIN once, in the order first asked', () => {
    fc.assert(
      fc.property(fc.array(validIin, { minLength: 1, maxLength: 50 }), (iins) => {
        const doubled = [...iins, ...iins];
        const parsed = parseBatchCheck({ purpose: 'microcredit', reference: 'r', iins: doubled });
        expect(parsed.iins).toEqual([...new Set(iins)]);
      }),
    );
  });

  it('takes 1,000 IINs but not 1,001, nor none', () => {
    const thousand = Array.from({ length: BATCH_CHECK_MAX_IINS }, () => '900101300126');
    expect(parseBatchCheck({ purpose: 'loan', reference: 'r', iins: thousand }).iins).toEqual(['900101300126']);
    expect(errorsOf(() => parseBatchCheck({ purpose: 'loan', reference: 'r', iins: [...thousand, '900101300126'] })).iins).toContain('1001');
    expect(errorsOf(() => parseBatchCheck({ purpose: 'loan', reference: 'r', iins: [] })).iins).toContain('required');
    expect(errorsOf(() => parseBatchCheck({ purpose: 'loan', reference: 'r' })).iins).toContain('required');
  });

  it('names the invalid values', () => {
    const errors = errorsOf(() => parseBatchCheck({ purpose: 'loan', reference: 'r', iins: ['900101300126', '123', 42] }));
    expect(errors.iins).toMatch(/^2 invalid IINs: "123" \(.+\); 42 \(not a text\)$/);
  });

  it('refuses anything that is not an object with every field', () => {
    fc.assert(
      fc.property(fc.anything(), (body) => {
        fc.pre(!(typeof body === 'object' && body !== null && 'iins' in body));
        expect(Object.keys(errorsOf(() => parseBatchCheck(body)))).toContain('iins');
      }),
    );
  });
});
