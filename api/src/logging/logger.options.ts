import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import type { ResolvedConfig } from '../config/development-secrets';

/** Secrets never reach the log: credentials, tokens and keys are censored wherever they appear. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.accessToken',
  '*.id_token',
  '*.key',
];

export function loggerOptions(config: ResolvedConfig): Params {
  return {
    // Every route, in the path syntax of Nest 11 (a bare `*` draws a deprecation warning at start).
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: config.logLevel,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      // pino-http takes the request id that Fastify put on the raw request (see request-id.ts).
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({ id: request.id, method: request.method, path: loggedPath(request.url) }),
      },
      autoLogging: { ignore: (request: IncomingMessage) => request.url === '/health' || request.url === '/metrics' },
    },
  };
}

/**
 * The path of a request as the log keeps it: no query string (it can hold identifiers), and every
 * run of twelve digits masked, since the bank check carries the IIN in its path (SPEC §3.7: no raw
 * identifier at rest, and a log is at rest). The route is still recognisable.
 */
export function loggedPath(url: string): string {
  return url.split('?')[0].replace(/\d{12}/g, '************');
}
