import { type Language } from '../enums';
/** Why a value was refused. */
export type ValidationFailureCode = 'empty' | 'length' | 'digits' | 'checksum' | 'format';
/**
 * The outcome of validating (and normalising) one identifier.
 * On success `value` is the normalised form: the one to store, compare and hash.
 * On failure `reason` is a sentence a person understands (English unless asked otherwise).
 */
export type ValidationResult = {
    valid: true;
    value: string;
} | {
    valid: false;
    code: ValidationFailureCode;
    reason: string;
};
/** The kinds of value the validators check; a BIN is worded differently from an IIN. */
export type ValidationKind = 'iin' | 'bin' | 'phone' | 'email';
/** Optional facts about the refused value that make the reason more precise. */
export interface ValidationFailureDetails {
    /** For `length` failures of an IIN or BIN: how many characters the value has. */
    length?: number;
    /** For `format` failures of a phone number: the Russian area prefix digit it starts with (3, 4, 8 or 9). */
    russianPrefix?: string;
}
/**
 * The sentence explaining why a value of `kind` was refused with `code`, in `lang`
 * (English when `lang` is not one of {@link LANGUAGES}). Pass `details` for a more precise sentence.
 *
 * @example describeValidationFailure('iin', 'length', 'ru', { length: 11 }) // 'В ИИН 12 цифр, а здесь — 11.'
 */
export declare function describeValidationFailure(kind: ValidationKind, code: ValidationFailureCode, lang?: Language, details?: ValidationFailureDetails): string;
/** Builds a failure result with its reason in `lang`. */
export declare function validationFailure(kind: ValidationKind, code: ValidationFailureCode, lang: Language | undefined, details?: ValidationFailureDetails): ValidationResult;
