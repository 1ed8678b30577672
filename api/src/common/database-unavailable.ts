/**
 * Whether an error means the database cannot be reached right now (stopped, restarting, the
 * network to it down) rather than that the request was wrong: such a request is answered 503 with
 * `Retry-After`, never with a guess and never with a 500. The pools open new connections by
 * themselves once the database is back.
 */
const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * admin_shutdown, crash_shutdown, cannot_connect_now; class 08 is "connection exception".
 * read_only_sql_transaction (25006): a write reached a standby. The registry never opens a read-only
 * transaction itself; this is a failover under way (Patroni reports the new primary a moment before
 * its promotion ends) — the write has to wait for the primary, like a client of a database that is down.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '25006']);

/** What pg says when a connection ends under it, or when the pool waited in vain for one. */
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Connection is closed',
];

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const { code, message, driverError, errors, cause } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    errors?: unknown;
    cause?: unknown;
  };
  if (typeof code === 'string' && (CONNECTION_ERROR_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((text) => message.includes(text))) return true;
  // TypeORM wraps the driver's error; a connection to localhost may fail on several addresses at once.
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(driverError, depth + 1) || isDatabaseUnavailable(cause, depth + 1);
}

/**
 * Whether the database refused a statement for the values in it (SQLSTATE class 22, "data
 * exception", such as a NUL in text; class 23, an integrity constraint): the same statement without
 * the offending row would pass, unlike when the database is unavailable.
 */
export function isRefusedForItsValues(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^2[23][0-9A-Z]{3}$/.test(code);
}
