import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTABLE_REQUEST_ID = /^[\w.-]{1,64}$/;

/**
 * Fastify's request id: the caller's `X-Request-Id` when it is sane, else a new UUID. It is also
 * put on the raw request, where pino-http picks it up, so logs and problem documents agree.
 */
export function assignRequestId(raw: IncomingMessage): string {
  const offered = raw.headers[REQUEST_ID_HEADER];
  const id = typeof offered === 'string' && ACCEPTABLE_REQUEST_ID.test(offered) ? offered : randomUUID();
  (raw as IncomingMessage & { id: string }).id = id;
  return id;
}
