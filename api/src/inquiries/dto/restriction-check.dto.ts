import { ApiProperty } from '@nestjs/swagger';
import { BATCH_CHECK_MAX_IINS, INQUIRY_PURPOSES, INQUIRY_REFERENCE_MAX_LENGTH, type InquiryPurpose } from '@qorgau/shared';

/*
 * OpenAPI descriptions of the bank checks (SPEC §5.2). The input is checked by inquiries.rules.ts,
 * not by class-validator: these classes only describe.
 */

const SIGNATURE_DESCRIPTION =
  'A compact JWS (RFC 7515) signed with Ed25519: `base64url(header).base64url(payload).base64url(signature)`. ' +
  'The header is `{"alg":"EdDSA","kid":"<key id>"}`; the payload is the JSON of the other five fields of this answer ' +
  '`{iin, restricted, restrictedUntil, inquiryId, checkedAt}`. Verify it with the key of that `kid` from ' +
  '`GET /api/v1/.well-known/jwks.json` (e.g. `jose.compactVerify(signature, createRemoteJWKSet(jwksUrl))`), and keep it ' +
  'as proof that you checked: retired keys stay published for the retention period.';

export class RestrictionAnswerDto {
  @ApiProperty({ example: '900101300126' }) iin: string;
  @ApiProperty({ example: true }) restricted: boolean;
  @ApiProperty({ example: '2026-02-22T09:30:00.000Z', nullable: true, type: String, description: 'The end of the restriction; null when not restricted' })
  restrictedUntil: string | null;
  @ApiProperty({ example: '6f1c2b9e-3d4a-4e5f-8a7b-9c0d1e2f3a4b', description: 'Quote it to the registry or the citizen' }) inquiryId: string;
  @ApiProperty({ example: '2025-11-24T09:30:00.000Z' }) checkedAt: string;
  @ApiProperty({ description: SIGNATURE_DESCRIPTION, example: 'eyJhbGciOiJFZERTQSIsImtpZCI6IjIwMjUtMTEtMjQtWGszYVE5X2IifQ.eyJpaW4iOiI5MDAxMDEzMDAxMjYiLCJyZXN0cmljdGVkIjp0cnVlLCJyZXN0cmljdGVkVW50aWwiOiIyMDI2LTAyLTIyVDA5OjMwOjAwLjAwMFoiLCJpbnF1aXJ5SWQiOiI2ZjFjMmI5ZS0zZDRhLTRlNWYtOGE3Yi05YzBkMWUyZjNhNGIiLCJjaGVja2VkQXQiOiIyMDI1LTExLTI0VDA5OjMwOjAwLjAwMFoifQ.c2lnbmF0dXJl' })
  signature: string;
}

export class BatchCheckRequestDto {
  @ApiProperty({ enum: INQUIRY_PURPOSES }) purpose: InquiryPurpose;
  @ApiProperty({ example: 'APP-2025-000123', maxLength: INQUIRY_REFERENCE_MAX_LENGTH, description: 'Your application id' }) reference: string;
  @ApiProperty({ type: [String], minItems: 1, maxItems: BATCH_CHECK_MAX_IINS, example: ['900101300126', '880315400213'], description: 'Duplicates are answered once' })
  iins: string[];
}

export class BatchCheckResultDto {
  @ApiProperty({ example: '900101300126' }) iin: string;
  @ApiProperty({ example: false }) restricted: boolean;
  @ApiProperty({ example: null, nullable: true, type: String }) restrictedUntil: string | null;
}

export class BatchCheckResponseDto {
  @ApiProperty({ type: [BatchCheckResultDto] }) results: BatchCheckResultDto[];
  @ApiProperty({ example: '6f1c2b9e-3d4a-4e5f-8a7b-9c0d1e2f3a4b', description: 'One inquiry id for the whole batch' }) inquiryId: string;
  @ApiProperty({ example: '2025-11-24T09:30:00.000Z' }) checkedAt: string;
}

const problem = (status: number, title: string, detail: string, extra: Record<string, unknown> = {}) => ({
  'application/problem+json': { example: { type: 'about:blank', title, status, detail, ...extra } },
});

/** The errors every bank check may answer, as OpenAPI responses. */
export const BANK_CHECK_ERRORS = {
  unauthorized: {
    status: 401,
    description: 'No key, or a key that is malformed, unknown or revoked, or a deactivated lender',
    content: problem(401, 'Unauthorized', 'A valid API key is required: Authorization: Bearer <api key>.'),
  },
  rateLimited: {
    status: 429,
    description: "Over the lender's rate limit; `Retry-After` gives the seconds to wait",
    headers: { 'Retry-After': { schema: { type: 'integer', example: 1 } } },
    content: problem(429, 'Too Many Requests', 'Your rate limit is 100 checks per second (bursts of twice that). Try again in 1 s.', { type: 'urn:qorgau:problem:rate-limited' }),
  },
  unavailable: {
    status: 503,
    description: 'The registry cannot reach its database for a moment: ask again after `Retry-After` seconds. Never a guess.',
    headers: { 'Retry-After': { schema: { type: 'integer', example: 1 } } },
    content: problem(503, 'Service Unavailable', 'The registry cannot reach its database for a moment. Try again shortly.', { type: 'urn:qorgau:problem:database-unavailable' }),
  },
} as const;

export const SINGLE_CHECK_BAD_REQUEST = {
  status: 400,
  description: 'An invalid IIN, a missing or unknown purpose, a missing reference or one over 64 characters',
  content: problem(400, 'Bad Request', 'Some fields are invalid.', {
    type: 'urn:qorgau:problem:validation',
    errors: { iin: '"900101300127": The check digit of this IIN is wrong.', purpose: 'is required: one of loan, microcredit' },
  }),
};

export const BATCH_CHECK_BAD_REQUEST = {
  status: 400,
  description: 'Any invalid IIN (named in `errors.iins`), none or more than 1,000 IINs, a missing or unknown purpose, a missing or too long reference',
  content: problem(400, 'Bad Request', 'Some fields are invalid.', {
    type: 'urn:qorgau:problem:validation',
    errors: { iins: '1 invalid IIN: "123" (An IIN has 12 digits; this one has 3.)' },
  }),
};
