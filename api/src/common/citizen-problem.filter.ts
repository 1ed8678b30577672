import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CitizenProblem, isCitizenMessageCode, languageOf, type CitizenMessage } from './citizen-messages';
import { ProblemDetailsFilter } from './problem-details.filter';
import { ValidationException } from './validation.exception';

/**
 * For the citizen API: refusals in the language of the request's `Accept-Language`. A DTO names
 * its field errors by message code (`@IsIn(LIFT_KINDS, { message: 'invalid-lift-kind' })`); the
 * validation pipe's own messages become "invalid request". Then written as any problem.
 */
@Catch()
export class CitizenProblemFilter implements ExceptionFilter {
  private readonly problems = new ProblemDetailsFilter();

  catch(exception: unknown, host: ArgumentsHost) {
    const language = languageOf(host.switchToHttp().getRequest<FastifyRequest>().headers['accept-language']);
    const citizenProblem = exception instanceof ValidationException ? fromValidation(exception) : exception;
    this.problems.catch(citizenProblem instanceof CitizenProblem ? citizenProblem.inLanguage(language) : citizenProblem, host);
  }
}

function fromValidation(exception: ValidationException): CitizenProblem {
  const fields = Object.entries(exception.errors).map(([field, message]): [string, CitizenMessage] => [
    field,
    { code: isCitizenMessageCode(message) ? message : message === 'unknown field' ? 'unknown-field' : 'invalid-request' },
  ]);
  return CitizenProblem.invalid(Object.fromEntries(fields));
}
