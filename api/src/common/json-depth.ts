/**
 * Deepest nesting a request's JSON may have. Our bodies nest two or three levels; validation,
 * transformation and the database driver all recurse over what they are given, and a body nested
 * 5,000 levels deep (well under the 1 MB limit) would exhaust their stack.
 */
export const MAX_JSON_DEPTH = 32;

/** The 400's message for a field (or body) nested deeper than MAX_JSON_DEPTH. */
export const TOO_DEEP_MESSAGE = `must not nest objects and arrays more than ${MAX_JSON_DEPTH} levels deep`;

/**
 * Calls `visit` with each character of JSON text outside its strings (escapes included), until
 * `visit` says to stop: read before the text is parsed and without recursion. Malformed text is
 * left to the parser to refuse.
 */
function someCharacterOutsideStrings(text: string, visit: (char: number) => boolean): boolean {
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c /* \ */) index++;
      else if (char === 0x22 /* " */) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (visit(char)) {
      return true;
    }
  }
  return false;
}

/** Whether JSON text nests objects and arrays deeper than `maxDepth`. */
export function jsonNestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  return someCharacterOutsideStrings(text, (char) => {
    if (char === 0x7b /* { */ || char === 0x5b /* [ */) return ++depth > maxDepth;
    if (char === 0x7d /* } */ || char === 0x5d /* ] */) depth--;
    return false;
  });
}

/**
 * Most values (array elements and object members) a request's JSON may hold. The largest body
 * here is a batch check of 1,000 IINs; a 1 MB body of 100,000 tiny values makes validation build
 * and check an object per value, holding the event loop for seconds, so it is refused unread.
 */
export const MAX_JSON_VALUES = 10_000;

/** Whether JSON text holds more than `maxValues` array elements and object members, counted as the separators between them. */
export function jsonHoldsMoreValuesThan(text: string, maxValues: number): boolean {
  let separators = 0;
  return someCharacterOutsideStrings(text, (char) => char === 0x2c /* , */ && ++separators >= maxValues);
}

/** The 400's message for JSON too deep or too large to be read safely, or null when it may be parsed. */
export function jsonShapeProblem(text: string): string | null {
  if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH)) return TOO_DEEP_MESSAGE;
  if (jsonHoldsMoreValuesThan(text, MAX_JSON_VALUES)) return `must not hold more than ${MAX_JSON_VALUES.toLocaleString('en')} values`;
  return null;
}
