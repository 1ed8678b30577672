import type { Language } from '../enums';
import { type ValidationResult } from './validation';
/**
 * Normalises a Kazakhstan phone number to E.164 (`+77011234567`).
 * Never throws, whatever it is given. `lang` chooses the language of `reason` (English by default).
 *
 * @example normalizePhone('8 (701) 123-45-67') // { valid: true, value: '+77011234567' }
 */
export declare function normalizePhone(value: string, lang?: Language): ValidationResult;
/** Whether `value` is a Kazakhstan phone number in any accepted spelling. */
export declare function isValidPhone(value: string): boolean;
