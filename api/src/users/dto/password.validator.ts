import { checkPasswordPolicy } from '@qorgau/shared';
import { registerDecorator, type ValidationArguments } from 'class-validator';

/** The shared password policy (the same function the back-office form calls), checked against the object's `email`. */
export function MeetsPasswordPolicy(emailField = 'email') {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'meetsPasswordPolicy',
      target: target.constructor,
      propertyName,
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          checkPasswordPolicy(String(value ?? ''), String((args.object as Record<string, unknown>)[emailField] ?? '')) === null,
        defaultMessage: (args: ValidationArguments) =>
          checkPasswordPolicy(String(args.value ?? ''), String((args.object as Record<string, unknown>)[emailField] ?? ''))?.message ?? 'is not acceptable',
      },
    });
}
