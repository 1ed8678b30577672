import { BATCH_CHECK_MAX_IINS, INQUIRY_PURPOSES, INQUIRY_REFERENCE_MAX_LENGTH, isOneOf, validateIin, type InquiryPurpose } from '@qorgau/shared';
import { ValidationException } from '../common/validation.exception';

/**
 * The bank checks' input (SPEC §5.2), checked by hand rather than by class-validator: these are
 * the hot path, and a batch's message must name the invalid values themselves.
 */

/** Why the lender asks, and its own application id: recorded with every inquiry. */
export interface CheckContext {
  purpose: InquiryPurpose;
  reference: string;
}

export interface SingleCheck extends CheckContext {
  iin: string;
}

export interface BatchCheck extends CheckContext {
  /** Valid and distinct, in the order first asked. */
  iins: string[];
}

/** At most this many invalid values are named in a batch's 400. */
const NAMED_INVALID_IINS = 10;

function contextErrors(purpose: unknown, reference: unknown, errors: Record<string, string>): void {
  if (!isOneOf(INQUIRY_PURPOSES, purpose)) errors.purpose = `is required: one of ${INQUIRY_PURPOSES.join(', ')}`;
  if (typeof reference !== 'string' || reference.trim() === '') errors.reference = 'is required: your application id';
  else if (reference.length > INQUIRY_REFERENCE_MAX_LENGTH) errors.reference = `must be at most ${INQUIRY_REFERENCE_MAX_LENGTH} characters`;
}

/** `GET /restrictions/{iin}?purpose=…&reference=…`; a 400 names every wrong field. */
export function parseSingleCheck(iin: string, purpose: unknown, reference: unknown): SingleCheck {
  const errors: Record<string, string> = {};
  const result = validateIin(iin);
  if (!result.valid) errors.iin = `${JSON.stringify(iin)}: ${result.reason}`;
  contextErrors(purpose, reference, errors);
  if (Object.keys(errors).length > 0) throw new ValidationException(errors);
  return { iin: (result as { value: string }).value, purpose: purpose as InquiryPurpose, reference: reference as string };
}

/** `POST /restrictions/check`: 1 to 1,000 IINs, all valid; duplicates are answered once. */
export function parseBatchCheck(body: unknown): BatchCheck {
  const { purpose, reference, iins } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const errors: Record<string, string> = {};
  contextErrors(purpose, reference, errors);
  const distinct = new Set<string>();
  if (!Array.isArray(iins) || iins.length === 0) {
    errors.iins = `is required: a list of 1 to ${BATCH_CHECK_MAX_IINS} IINs`;
  } else if (iins.length > BATCH_CHECK_MAX_IINS) {
    errors.iins = `at most ${BATCH_CHECK_MAX_IINS} IINs per check; this one has ${iins.length}: split it`;
  } else {
    const invalid: string[] = [];
    for (const iin of iins) {
      const result = typeof iin === 'string' ? validateIin(iin) : null;
      if (result?.valid) distinct.add(result.value);
      else invalid.push(`${JSON.stringify(iin)} (${result ? result.reason : 'not a text'})`);
    }
    if (invalid.length > 0) {
      const more = invalid.length > NAMED_INVALID_IINS ? ` and ${invalid.length - NAMED_INVALID_IINS} more` : '';
      errors.iins = `${invalid.length} invalid IIN${invalid.length === 1 ? '' : 's'}: ${invalid.slice(0, NAMED_INVALID_IINS).join('; ')}${more}`;
    }
  }
  if (Object.keys(errors).length > 0) throw new ValidationException(errors);
  return { purpose: purpose as InquiryPurpose, reference: reference as string, iins: [...distinct] };
}
