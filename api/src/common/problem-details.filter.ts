import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ProblemDetails } from '@qorgau/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CitizenProblem, languageOf } from './citizen-messages';
import { isDatabaseUnavailable } from './database-unavailable';
import { DomainException } from './domain.exception';
import { RouteNotFoundProblem } from './not-found';
import { ValidationException } from './validation.exception';

export const PROBLEM_TYPE_PREFIX = 'urn:qorgau:problem:';

/** An error whose answer tells the client when to try again (a 429 over a rate limit). */
export interface RetryLater {
  readonly retryAfterSeconds: number;
}

function isRetryLater(exception: unknown): exception is RetryLater {
  return typeof (exception as Partial<RetryLater> | null)?.retryAfterSeconds === 'number';
}

/** A database that is down is back within seconds (a restart, a failover): try again in one. */
const DATABASE_RETRY_AFTER_SECONDS = 1;

/**
 * Every error leaves as application/problem+json (RFC 9457). Messages of unexpected errors stay in
 * the log; the client gets a generic 500 with the request id to quote. A database that cannot be
 * reached is a 503 with `Retry-After`: the client learns to ask again, never a wrong answer. A
 * refusal of a citizen's request is worded in the language of the request's `Accept-Language`.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn({ requestId: request.id, reason: (exception as Error).message }, 'Database unavailable');
      reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
      return this.send(request, reply, {
        type: `${PROBLEM_TYPE_PREFIX}database-unavailable`,
        title: statusTitle(HttpStatus.SERVICE_UNAVAILABLE),
        status: HttpStatus.SERVICE_UNAVAILABLE,
        detail: 'The registry cannot reach its database for a moment. Try again shortly.',
      });
    }
    const problem = this.toProblem(
      exception instanceof CitizenProblem
        ? exception.inLanguage(languageOf(request.headers['accept-language']))
        : isUnknownRoute(exception)
          ? new RouteNotFoundProblem(request.method, request.url.split('?')[0])
          : exception,
    );
    if (problem.status >= 500) this.logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
    if (isRetryLater(exception)) reply.header('retry-after', String(exception.retryAfterSeconds));
    this.send(request, reply, problem);
  }

  private send(request: FastifyRequest, reply: FastifyReply, problem: ProblemDetails & Record<string, unknown>) {
    reply
      .status(problem.status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send({ ...problem, instance: request.url.split('?')[0], requestId: request.id });
  }

  private toProblem(exception: unknown): ProblemDetails & Record<string, unknown> {
    if (exception instanceof DomainException) {
      return {
        type: PROBLEM_TYPE_PREFIX + exception.code,
        title: statusTitle(exception.status),
        status: exception.status,
        detail: exception.message,
        ...exception.extensions,
      };
    }
    if (exception instanceof ValidationException) {
      return {
        type: `${PROBLEM_TYPE_PREFIX}validation`,
        title: 'Bad Request',
        status: HttpStatus.BAD_REQUEST,
        detail: exception.message,
        errors: exception.errors,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return { type: 'about:blank', title: statusTitle(status), status, detail: detailOf(exception, status) };
    }
    return {
      type: 'about:blank',
      title: statusTitle(HttpStatus.INTERNAL_SERVER_ERROR),
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      detail: 'Something went wrong on our side. Quote the request id when you report it.',
    };
  }
}

/**
 * Nest's router answers a method and path no route matches with its bare NotFoundException; every
 * 404 of our own is a DomainException with a code, so a bare one can only be the router's.
 */
function isUnknownRoute(exception: unknown): boolean {
  return exception instanceof HttpException && exception.getStatus() === HttpStatus.NOT_FOUND;
}

function detailOf(exception: HttpException, status: number): string {
  // Body-size and parser errors come from Fastify.
  if (status === HttpStatus.PAYLOAD_TOO_LARGE) return 'The request body is larger than the 1 MB limit.';
  if (status >= 500) return 'Something went wrong on our side. Quote the request id when you report it.';
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  423: 'Locked',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function statusTitle(status: number): string {
  return STATUS_TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}
