import { ValidationPipe } from '@nestjs/common';
import { ValidationException } from './validation.exception';

/** Unknown fields are refused, payloads are converted to their DTO classes, errors name each field. */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => ValidationException.fromValidationErrors(errors),
  });
}
