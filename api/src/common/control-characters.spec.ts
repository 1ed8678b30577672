import fc from 'fast-check';
import { controlCharacterErrors } from './control-characters';

describe('controlCharacterErrors', () => {
  it('names the query parameter holding a NUL', () => {
    expect(controlCharacterErrors('evil\u0000x', 'reference')).toEqual({ reference: 'must not contain control characters (U+0000 at position 5)' });
  });

  it('names nested fields and array items by path', () => {
    expect(controlCharacterErrors({ title: 'ok', contacts: [{ name: 'fine' }, { name: 'bell\u0007' }], iins: ['1', '\u001b[31m'] }, '')).toEqual({
      'contacts.1.name': 'must not contain control characters (U+0007 at position 5)',
      'iins.1': 'must not contain control characters (U+001B at position 1)',
    });
  });

  it('refuses a control character in a field name', () => {
    expect(Object.keys(controlCharacterErrors({ 'a\u0000b': 'x' }, ''))).toEqual(['a\\u0000b']);
  });

  it('keeps tab, line feed and carriage return, and every printable character', () => {
    expect(controlCharacterErrors({ text: 'line one\r\nline two\tend', name: 'Қазақстан — «тест» 😀' }, '')).toEqual({});
  });

  it('refuses DEL and C1 controls; a bare body is named "body"', () => {
    expect(controlCharacterErrors('a\u007f', '')).toEqual({ body: expect.stringContaining('U+007F') });
    expect(controlCharacterErrors('a\u0085', 'q')).toEqual({ q: expect.stringContaining('U+0085') });
  });

  it('names at most twenty fields, however many are bad', () => {
    const body = Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`f${index}`, '\u0000']));
    expect(Object.keys(controlCharacterErrors(body, ''))).toHaveLength(20);
  });

  it('walks a 100,000-deep value without exhausting the stack', () => {
    let deep: unknown = '\u0000';
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(Object.keys(controlCharacterErrors(deep, ''))).toHaveLength(1);
  });

  it('finds a control character wherever it is put into a string', () => {
    const control = fc.integer({ min: 0, max: 0x9f }).filter((code) => code < 0x20 ? ![9, 10, 13].includes(code) : code >= 0x7f).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(fc.string(), control, fc.string(), (before, bad, after) => {
        expect(Object.keys(controlCharacterErrors({ field: before + bad + after }, ''))).toEqual(['field']);
      }),
    );
  });
});
