export * from './enums';
export * from './constants';
export * from './dto';
export * from './labels';
export {
  describeValidationFailure,
  type ValidationFailureCode,
  type ValidationFailureDetails,
  type ValidationKind,
  type ValidationResult,
} from './identifiers/validation';
export { computeIinCheckDigit, isValidBin, isValidIin, validateBin, validateIin } from './identifiers/iin';
export { isValidPhone, normalizePhone } from './identifiers/phone';
export { EMAIL_LOCAL_MAX_LENGTH, EMAIL_MAX_LENGTH, isValidEmail, normalizeEmail } from './identifiers/email';
export {
  detectIdentifierKind,
  IDENTIFIER_KINDS,
  normalizeIdentifier,
  type IdentifierKind,
} from './identifiers/identifier-kind';
export { checkPasswordPolicy, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordProblem } from './password-policy';
export {
  BREACH_DESCRIPTION_MAX_LENGTH,
  BREACH_TITLE_MAX_LENGTH,
  BREACH_TRANSITIONS,
  breachRestricts,
  CONFIRM_APPROVAL_THRESHOLD_DEFAULT,
  DECLINE_REASON_MIN_LENGTH,
  NOT_A_BREACH,
  OUTCOME_ONLY_BREACH_STATUSES,
  REQUESTABLE_BREACH_STATUSES,
  RESTRICTING_BREACH_STATUSES,
  TRANSITION_REASON_MAX_LENGTH,
} from './breach-lifecycle';
