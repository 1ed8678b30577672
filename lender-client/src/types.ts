import type { components } from './generated/bank-api.js';

/** What the registry checks for: `loan` for banks, `microcredit` for MFOs. */
export type Purpose = components['schemas']['BatchCheckRequestDto']['purpose'];

/** The answer to a single check as the registry sends it (`GET /api/v1/restrictions/{iin}`). */
export type RestrictionAnswer = components['schemas']['RestrictionAnswerDto'];

/** The fields of an answer its signature covers. */
export type SignedFields = Omit<RestrictionAnswer, 'signature'>;

/** A single check's answer once its signature verified: the signed fields, the JWS to keep as proof and the key that signed it. */
export interface VerifiedAnswer extends SignedFields {
  /** The compact JWS: keep it with the application as proof that you checked. */
  signature: string;
  /** The `kid` of the registry's key that signed it. */
  keyId: string;
}

/** A batch check's answer (`POST /api/v1/restrictions/check`); not signed. */
export type BatchCheckAnswer = components['schemas']['BatchCheckResponseDto'];

export type BatchCheckResult = components['schemas']['BatchCheckResultDto'];

/** What every check says about itself: the inquiry is recorded with it, and the person sees it. */
export interface CheckContext {
  purpose: Purpose;
  /** Your application id (at most 64 characters): the same on every retry, so the registry's record matches yours. */
  reference: string;
}
