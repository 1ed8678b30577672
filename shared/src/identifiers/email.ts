import type { Language } from '../enums';
import { validationFailure, type ValidationResult } from './validation';

/**
 * E-mail addresses — SPEC §2: trimmed and lower-cased, with a pragmatic syntax check (no attempt at
 * RFC 5322): exactly one @, a non-empty local part of at most 64 characters, a domain of at least
 * two non-empty dot-separated labels, no whitespace or control characters, at most 254 in all.
 */

export const EMAIL_MAX_LENGTH = 254;
export const EMAIL_LOCAL_MAX_LENGTH = 64;

/** Whitespace (any Unicode space) or a control character. */
const FORBIDDEN = /[\s\u0000-\u001f\u007f-\u009f]/u;

/**
 * Normalises an e-mail address: trimmed and lower-cased.
 * Never throws, whatever it is given. `lang` chooses the language of `reason` (English by default).
 *
 * @example normalizeEmail('  Aigerim@Mail.KZ ') // { valid: true, value: 'aigerim@mail.kz' }
 */
export function normalizeEmail(value: string, lang?: Language): ValidationResult {
  if (typeof value !== 'string') {
    return validationFailure('email', value === null || value === undefined ? 'empty' : 'format', lang);
  }
  const normalized = value.trim().toLowerCase();
  if (normalized === '') return validationFailure('email', 'empty', lang);
  if (FORBIDDEN.test(normalized)) return validationFailure('email', 'format', lang);

  const at = normalized.indexOf('@');
  if (at <= 0 || normalized.indexOf('@', at + 1) !== -1) return validationFailure('email', 'format', lang);
  const domainLabels = normalized.slice(at + 1).split('.');
  if (domainLabels.length < 2 || domainLabels.some((label) => label === '')) {
    return validationFailure('email', 'format', lang);
  }
  if (at > EMAIL_LOCAL_MAX_LENGTH || normalized.length > EMAIL_MAX_LENGTH) {
    return validationFailure('email', 'length', lang);
  }
  return { valid: true, value: normalized };
}

/** Whether `value` is an acceptable e-mail address. */
export function isValidEmail(value: string): boolean {
  return normalizeEmail(value).valid;
}
