import { checkPasswordPolicy, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@qorgau/shared';

/**
 * The password policy of @qorgau/shared — the function the server runs too — with its verdict
 * translated. Whatever the server still refuses comes back as `errors.password` beside the field.
 */
export const validatePassword = (
  value: unknown,
  allValues: { email?: string },
  { optional = false }: { optional?: boolean } = {},
) => {
  if (value === null || value === undefined || value === '') return optional ? undefined : 'ra.validation.required';
  const verdict = checkPasswordPolicy(String(value), allValues.email ?? '');
  if (!verdict) return undefined;
  return {
    message: `qorgau.users.password_problem.${verdict.problem}`,
    args: { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH, _: verdict.message },
  };
};
