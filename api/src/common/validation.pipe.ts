import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { citizenValidationProblem, isCitizenFacing } from './citizen-messages';
import { controlCharacterErrors } from './control-characters';
import { ValidationException } from './validation.exception';

/**
 * Every body, query and path parameter — whether a DTO class checks it or a rules function parses
 * it — is refused with a 400 naming the field when a string in it holds a control character
 * (a NUL that PostgreSQL would refuse mid-statement), and a query parameter given twice is refused. Then, for DTO classes: unknown fields are
 * refused, payloads are converted to their classes, errors name each field — in the person's
 * language for a DTO of the citizen API (`@CitizenFacing()`).
 */
class EdgeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await this.validateAtTheEdge(value, metadata);
    } catch (error) {
      if (error instanceof ValidationException && isCitizenFacing(metadata.metatype)) throw citizenValidationProblem(error.errors);
      throw error;
    }
  }

  private async validateAtTheEdge(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const errors = { ...controlCharacterErrors(value, metadata.data ?? ''), ...(metadata.type === 'query' ? repeatedParameterErrors(value, metadata.data) : {}) };
      if (Object.keys(errors).length > 0) throw new ValidationException(errors);
    }
    return super.transform(value, metadata);
  }
}

/** `?filter=a&filter=b` reaches a handler as an array where every query parameter here is one value. */
function repeatedParameterErrors(value: unknown, name: string | undefined): Record<string, string> {
  const given = name === undefined ? value : { [name]: value };
  if (typeof given !== 'object' || given === null) return {};
  return Object.fromEntries(
    Object.entries(given)
      .filter(([, member]) => Array.isArray(member))
      .map(([parameter]) => [parameter, 'must be given once']),
  );
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
