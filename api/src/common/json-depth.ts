/**
 * Deepest nesting a request's JSON may have. Our bodies nest two or three levels; validation,
 * transformation and the database driver all recurse over what they are given, and a body nested
 * 5,000 levels deep (well under the 1 MB limit) would exhaust their stack.
 */
export const MAX_JSON_DEPTH = 32;

/** The 400's message for a field (or body) nested deeper than MAX_JSON_DEPTH. */
export const TOO_DEEP_MESSAGE = `must not nest objects and arrays more than ${MAX_JSON_DEPTH} levels deep`;

/**
 * Whether JSON text nests objects and arrays deeper than `maxDepth`, read before it is parsed and
 * without recursion: brackets inside strings (escapes included) do not count. Malformed text is
 * left to the parser to refuse.
 */
export function jsonNestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c /* \ */) index++;
      else if (char === 0x22 /* " */) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x7b /* { */ || char === 0x5b /* [ */) {
      if (++depth > maxDepth) return true;
    } else if (char === 0x7d /* } */ || char === 0x5d /* ] */) {
      depth--;
    }
  }
  return false;
}
