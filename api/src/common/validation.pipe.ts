import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { controlCharacterErrors } from './control-characters';
import { ValidationException } from './validation.exception';

/**
 * Every body, query and path parameter — whether a DTO class checks it or a rules function parses
 * it — is refused with a 400 naming the field when a string in it holds a control character
 * (a NUL that PostgreSQL would refuse mid-statement). Then, for DTO classes: unknown fields are
 * refused, payloads are converted to their classes, errors name each field.
 */
class EdgeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const errors = controlCharacterErrors(value, metadata.data ?? '');
      if (Object.keys(errors).length > 0) throw new ValidationException(errors);
    }
    return super.transform(value, metadata);
  }
}

export function validationPipe(): ValidationPipe {
  return new EdgeValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => ValidationException.fromValidationErrors(errors),
  });
}
