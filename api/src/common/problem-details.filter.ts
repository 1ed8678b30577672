import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ProblemDetails } from '@qorgau/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainException } from './domain.exception';
import { ValidationException } from './validation.exception';

const PROBLEM_TYPE_PREFIX = 'urn:qorgau:problem:';

/**
 * Every error leaves as application/problem+json (RFC 9457). Messages of unexpected errors stay in
 * the log; the client gets a generic 500 with the request id to quote.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = this.toProblem(exception);
    if (problem.status >= 500) this.logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
    reply
      .status(problem.status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send({ ...problem, instance: request.url, requestId: request.id });
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

function detailOf(exception: HttpException, status: number): string {
  // Nest's own 404 says "Cannot GET /path"; body-size and parser errors come from Fastify.
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
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

function statusTitle(status: number): string {
  return STATUS_TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}
