/**
 * Control characters a person never types into a field: C0 but tab, line feed and carriage return
 * (kept for multi-line text such as a dispute's explanation), DEL and C1. PostgreSQL refuses NUL in
 * text outright, and the rest only ever arrive to confuse logs, terminals and CSV exports.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** A 400 lists this many fields at most: a body with 10,000 bad fields gets a short answer. */
const MAX_NAMED_FIELDS = 20;

function describe(text: string): string | undefined {
  const match = CONTROL_CHARACTER.exec(text);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return `must not contain control characters (U+${code} at position ${match.index + 1})`;
}

/**
 * `{field: message}` for every string, and every object key, in `value` that holds a control
 * character; `root` names the value itself (a query parameter's name, or '' for a whole body).
 * Walks without recursion, so no depth of nesting can exhaust the stack.
 */
export function controlCharacterErrors(value: unknown, root: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const pending: [unknown, string][] = [[value, root]];
  let named = 0;
  const note = (field: string, message: string | undefined) => {
    if (message === undefined) return;
    errors[field || 'body'] = message;
    named++;
  };
  while (pending.length > 0 && named < MAX_NAMED_FIELDS) {
    const [current, path] = pending.pop() as [unknown, string];
    if (typeof current === 'string') {
      note(path, describe(current));
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) pending.push([current[index], join(path, String(index))]);
    } else if (typeof current === 'object' && current !== null && !Buffer.isBuffer(current)) {
      for (const [key, inner] of Object.entries(current).reverse()) {
        const field = join(path, key);
        const keyProblem = describe(key);
        if (keyProblem) note(join(path, JSON.stringify(key).slice(1, -1)), `field name ${keyProblem}`);
        else pending.push([inner, field]);
      }
    }
  }
  return errors;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
