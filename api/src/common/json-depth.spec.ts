import fc from 'fast-check';
import { jsonHoldsMoreValuesThan, jsonNestsDeeperThan, jsonShapeProblem } from './json-depth';

/** The depth of a parsed value, computed the obvious (recursive) way. */
function depthOf(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depthOf));
  if (typeof value === 'object' && value !== null) return 1 + Math.max(0, ...Object.values(value).map(depthOf));
  return 0;
}

describe('jsonNestsDeeperThan', () => {
  it('agrees with the depth of the parsed value, brackets inside strings ignored', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 8 }), fc.integer({ min: 0, max: 10 }), (text, maxDepth) => {
        expect(jsonNestsDeeperThan(text, maxDepth)).toBe(depthOf(JSON.parse(text)) > maxDepth);
      }),
      { numRuns: 500 },
    );
  });

  it('is not fooled by escaped quotes and brackets in strings', () => {
    expect(jsonNestsDeeperThan('{"a":"\\"[[[[[[","b":"\\\\"}', 1)).toBe(false);
    expect(jsonNestsDeeperThan('{"a":"\\\\","b":[[]]}', 2)).toBe(true);
  });

  it('spots a 5,000-deep object and a 20,000-deep array', () => {
    expect(jsonNestsDeeperThan('{"a":'.repeat(5000) + '1' + '}'.repeat(5000), 32)).toBe(true);
    expect(jsonNestsDeeperThan('['.repeat(20_000) + ']'.repeat(20_000), 32)).toBe(true);
    expect(jsonNestsDeeperThan('{"a":'.repeat(32) + '1' + '}'.repeat(32), 32)).toBe(false);
  });
});

describe('jsonHoldsMoreValuesThan', () => {
  it('counts the separators between values as JSON.parse sees them, commas inside strings aside', () => {
    const separatorsOf = (value: unknown): number => {
      if (typeof value !== 'object' || value === null) return 0;
      const members = Object.values(value);
      return Math.max(0, members.length - 1) + members.reduce((sum: number, member) => sum + separatorsOf(member), 0);
    };
    fc.assert(
      fc.property(fc.json(), fc.integer({ min: 1, max: 30 }), (text, maxValues) => {
        expect(jsonHoldsMoreValuesThan(text, maxValues)).toBe(separatorsOf(JSON.parse(text)) >= maxValues);
      }),
    );
  });

  it('refuses a body of 100,000 values and takes a batch of 1,000 IINs', () => {
    expect(jsonShapeProblem(JSON.stringify(Array(100_000).fill(1)))).toMatch(/more than 10,000 values/);
    expect(jsonShapeProblem(JSON.stringify({ iins: Array(1000).fill('900101300601'), purpose: 'loan' }))).toBeNull();
    expect(jsonShapeProblem('{"a":' + '['.repeat(40) + ']'.repeat(40) + '}')).toMatch(/levels deep/);
  });
});
