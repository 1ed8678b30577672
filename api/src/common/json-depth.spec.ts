import fc from 'fast-check';
import { jsonNestsDeeperThan } from './json-depth';

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
