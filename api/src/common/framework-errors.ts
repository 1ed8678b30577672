import type { Duplex } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_TYPE_PREFIX, statusTitle } from './problem-details.filter';

const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** What Fastify refuses before any route or Nest filter runs, said as every other problem is. */
const FRAMEWORK_PROBLEMS: Record<string, { code: string; status: number; detail: string }> = {
  FST_ERR_BAD_URL: { code: 'bad-url', status: 400, detail: 'The URL is not valid: a percent-encoded part is not UTF-8.' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'uri-too-long', status: 414, detail: 'A path parameter is longer than any identifier here.' },
  FST_ERR_ASYNC_CONSTRAINT: { code: 'bad-request', status: 400, detail: 'The request could not be routed.' },
};

/** Fastify's `frameworkErrors`: a bad URL or an overlong path parameter as problem+json. */
export function answerFrameworkError(error: { code?: string }, request: FastifyRequest, reply: FastifyReply): void {
  const problem = FRAMEWORK_PROBLEMS[error.code ?? ''] ?? FRAMEWORK_PROBLEMS.FST_ERR_ASYNC_CONSTRAINT;
  void reply
    .status(problem.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send({
      type: PROBLEM_TYPE_PREFIX + problem.code,
      title: statusTitle(problem.status),
      status: problem.status,
      detail: problem.detail,
      instance: request.url.split('?')[0].slice(0, 200),
      requestId: request.id,
    });
}

/**
 * Node's `clientError` (headers too large, a malformed request line, a timeout): the request never
 * reached Fastify, so the answer is written on the socket, as Fastify's default handler does.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, detail] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'headers-too-large', 'The request line or headers are larger than 16 KB: put long values in the body.']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'request-timeout', 'The request took too long to arrive.']
        : [400, 'bad-request', 'The request is not valid HTTP.'];
  const body = JSON.stringify({ type: PROBLEM_TYPE_PREFIX + code, title: statusTitle(status), status, detail });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${statusTitle(status)}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
