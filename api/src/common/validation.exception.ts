import { BadRequestException, ValidationError } from '@nestjs/common';

/** A 400 whose body carries `errors: {field: message}`, the shape React-Admin shows beside fields. */
export class ValidationException extends BadRequestException {
  constructor(readonly errors: Record<string, string>) {
    super('Some fields are invalid.');
  }

  static fromValidationErrors(validationErrors: ValidationError[]): ValidationException {
    return new ValidationException(flattenValidationErrors(validationErrors));
  }
}

export function flattenValidationErrors(validationErrors: ValidationError[], parentPath = ''): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const error of validationErrors) {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length > 0) errors[field] = messages[0] === `property ${error.property} should not exist` ? 'unknown field' : messages[0];
    Object.assign(errors, flattenValidationErrors(error.children ?? [], field));
  }
  return errors;
}
