import type { Language } from '../enums';
import { type ValidationResult } from './validation';
/**
 * The check digit an IIN or BIN starting with `first11` must end with, or `null` when `first11`
 * is not exactly 11 ASCII digits or when no check digit exists (both passes give 10).
 *
 * @example computeIinCheckDigit('90010130012') // 6, so 900101300126 is a valid IIN
 */
export declare function computeIinCheckDigit(first11: string): number | null;
/**
 * Validates an IIN. The value is trimmed; nothing else is forgiven (inner spaces are refused).
 * Never throws, whatever it is given. `lang` chooses the language of `reason` (English by default).
 *
 * @example validateIin(' 900101300126 ') // { valid: true, value: '900101300126' }
 */
export declare function validateIin(value: string, lang?: Language): ValidationResult;
/** Validates a BIN: the same rule as {@link validateIin}, worded for a BIN. */
export declare function validateBin(value: string, lang?: Language): ValidationResult;
/** Whether `value` (trimmed) is a valid IIN. Allocation-free apart from the trim: fit for bulk ingestion. */
export declare function isValidIin(value: string): boolean;
/** Whether `value` (trimmed) is a valid BIN. */
export declare function isValidBin(value: string): boolean;
