import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTABLE_REQUEST_ID = /^[\w.-]{1,64}$/;

/**
 * Fastify's request id: the caller's `X-Request-Id` when it is sane, else a new UUID. Logs (as
 * `reqId`) and problem documents (as `requestId`) carry the same id.
 */
export function assignRequestId(raw: IncomingMessage): string {
  const offered = raw.headers[REQUEST_ID_HEADER];
  const id = typeof offered === 'string' && ACCEPTABLE_REQUEST_ID.test(offered) ? offered : randomUUID();
  return id;
}
