import type { Language } from '../enums';
import type { ValidationResult } from './validation';
/** The kinds of identifier found in a leak (SPEC §2). */
export declare const IDENTIFIER_KINDS: readonly ["iin", "phone", "email"];
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];
/**
 * Guesses the kind of one value of a headerless single-column file (SPEC §5.1): anything with an
 * `@` is an e-mail address, 12 digits are an IIN, digits with phone separators are a phone number.
 * Returns `null` for anything else (including blank values). Only the shape is looked at: the value
 * may still be invalid for its kind — pass it to {@link normalizeIdentifier}.
 *
 * @example detectIdentifierKind('8 (701) 123-45-67') // 'phone'
 */
export declare function detectIdentifierKind(value: string): IdentifierKind | null;
/**
 * Validates and normalises `value` as an identifier of `kind`: the normalised value is what the
 * registry hashes (SPEC §3.7). Never throws.
 */
export declare function normalizeIdentifier(kind: IdentifierKind, value: string, lang?: Language): ValidationResult;
