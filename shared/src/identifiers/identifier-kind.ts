import type { Language } from '../enums';
import { validateIin } from './iin';
import { normalizeEmail } from './email';
import { normalizePhone } from './phone';
import type { ValidationResult } from './validation';

/** The kinds of identifier found in a leak (SPEC §2). */
export const IDENTIFIER_KINDS = ['iin', 'phone', 'email'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

const TWELVE_DIGITS = /^[0-9]{12}$/;
const PHONE_CHARACTERS = /^\+?[0-9 ().-]+$/;
const A_DIGIT = /[0-9]/;

/**
 * Guesses the kind of one value of a headerless single-column file (SPEC §5.1): anything with an
 * `@` is an e-mail address, 12 digits are an IIN, digits with phone separators are a phone number.
 * Returns `null` for anything else (including blank values). Only the shape is looked at: the value
 * may still be invalid for its kind — pass it to {@link normalizeIdentifier}.
 *
 * @example detectIdentifierKind('8 (701) 123-45-67') // 'phone'
 */
export function detectIdentifierKind(value: string): IdentifierKind | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (trimmed.includes('@')) return 'email';
  if (TWELVE_DIGITS.test(trimmed)) return 'iin';
  if (PHONE_CHARACTERS.test(trimmed) && A_DIGIT.test(trimmed)) return 'phone';
  return null;
}

/**
 * Validates and normalises `value` as an identifier of `kind`: the normalised value is what the
 * registry hashes (SPEC §3.7). Never throws.
 */
export function normalizeIdentifier(kind: IdentifierKind, value: string, lang?: Language): ValidationResult {
  switch (kind) {
    case 'iin':
      return validateIin(value, lang);
    case 'phone':
      return normalizePhone(value, lang);
    case 'email':
      return normalizeEmail(value, lang);
    default: {
      const unknownKind: never = kind;
      return { valid: false, code: 'format', reason: `Unknown identifier kind: ${typeof unknownKind === 'string' ? unknownKind : typeof unknownKind}.` };
    }
  }
}
