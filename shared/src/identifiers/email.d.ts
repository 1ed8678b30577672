import type { Language } from '../enums';
import { type ValidationResult } from './validation';
/**
 * E-mail addresses — SPEC §2: trimmed and lower-cased, with a pragmatic syntax check (no attempt at
 * RFC 5322): exactly one @, a non-empty local part of at most 64 characters, a domain of at least
 * two non-empty dot-separated labels, no whitespace or control characters, at most 254 in all.
 */
export declare const EMAIL_MAX_LENGTH = 254;
export declare const EMAIL_LOCAL_MAX_LENGTH = 64;
/**
 * Normalises an e-mail address: trimmed and lower-cased.
 * Never throws, whatever it is given. `lang` chooses the language of `reason` (English by default).
 *
 * @example normalizeEmail('  Aigerim@Mail.KZ ') // { valid: true, value: 'aigerim@mail.kz' }
 */
export declare function normalizeEmail(value: string, lang?: Language): ValidationResult;
/** Whether `value` is an acceptable e-mail address. */
export declare function isValidEmail(value: string): boolean;
