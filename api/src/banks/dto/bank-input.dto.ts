import { applyDecorators } from '@nestjs/common';
import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LENDER_KINDS, validateBin, type LenderKind } from '@qorgau/shared';
import { Transform } from 'class-transformer';
import { IsIsoDateTime } from '../../common/iso-date-time';
import { Allow, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateBy, ValidateIf } from 'class-validator';

/* Each field's decorators run in the order listed, the type check first; the pipe stops at a field's first error. */

const RATE_LIMIT_MAX = 100_000;

const trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
/** On update: validated only when sent; an absent field keeps its value. */
const IfPresent = () => ValidateIf((_object, value) => value !== undefined);

const bin = () =>
  applyDecorators(
    ApiProperty({ example: '990140000473', description: 'Business identification number: 12 digits with a valid check digit; unique' }),
    IsString({ message: 'is required' }),
    ValidateBy({
      name: 'isBin',
      validator: {
        validate: (value) => typeof value === 'string' && validateBin(value).valid,
        defaultMessage: (args) => {
          const result = validateBin(String(args?.value));
          return result.valid ? 'is invalid' : result.reason;
        },
      },
    }),
    trimmed(),
  );
const name = () =>
  applyDecorators(
    ApiProperty({ example: 'Halyk Bank JSC', maxLength: 300 }),
    IsString({ message: 'is required' }),
    MinLength(1, { message: 'is required' }),
    MaxLength(300, { message: 'must be at most 300 characters' }),
    trimmed(),
  );
const kind = () =>
  applyDecorators(
    ApiProperty({ enum: LENDER_KINDS, description: 'bank, or mfo (microfinance organisation)' }),
    IsIn(LENDER_KINDS, { message: `must be one of: ${LENDER_KINDS.join(', ')}` }),
  );
const licence = () =>
  applyDecorators(
    ApiPropertyOptional({ example: '1.2.34/56', nullable: true, maxLength: 100, description: 'Licence number issued by the financial regulator' }),
    IsOptional(),
    IsString({ message: 'must be a text' }),
    MaxLength(100, { message: 'must be at most 100 characters' }),
    Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value)),
  );
const active = () =>
  applyDecorators(
    ApiPropertyOptional({ default: true, description: "An inactive lender's keys are refused (401)" }),
    IsOptional(),
    IsBoolean({ message: 'must be true or false' }),
  );
const rateLimitPerSecond = () =>
  applyDecorators(
    ApiPropertyOptional({ example: 100, minimum: 1, maximum: RATE_LIMIT_MAX, description: 'Checks per second (bursts of twice that); default BANK_RATE_LIMIT_PER_SECOND' }),
    IsOptional(),
    IsInt({ message: 'must be a whole number' }),
    Min(1, { message: 'must be at least 1' }),
    Max(RATE_LIMIT_MAX, { message: `must be at most ${RATE_LIMIT_MAX}` }),
  );

/** Fields of the record React-Admin sends back that are not the client's to set: accepted, ignored. */
const ReadOnly = () => applyDecorators(ApiHideProperty(), Allow());

class BankReadOnlyFields {
  @ReadOnly() id?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}

/** `POST /admin/banks`. */
export class CreateBankDto extends BankReadOnlyFields {
  @bin() bin: string;
  @name() name: string;
  @kind() kind: LenderKind;
  @licence() licence?: string | null;
  @active() active?: boolean;
  @rateLimitPerSecond() rateLimitPerSecond?: number;
  @ReadOnly() version?: unknown;
}

/** `PUT /admin/banks/{id}`: the whole record as React-Admin sends it back, with the version read. */
export class UpdateBankDto extends BankReadOnlyFields {
  @IfPresent() @bin() bin?: string;
  @IfPresent() @name() name?: string;
  @IfPresent() @kind() kind?: LenderKind;
  @licence() licence?: string | null;
  @active() active?: boolean;
  @rateLimitPerSecond() rateLimitPerSecond?: number;

  @ApiProperty({ description: 'The version read: a stale one is refused with 409', example: 1 })
  @IsInt({ message: 'is required: send back the version you read' })
  version: number;
}

/** `POST /admin/banks/{id}/keys`: the body is optional. */
export class CreateBankKeyDto {
  @ApiPropertyOptional({ format: 'date-time', nullable: true, example: '2026-12-31T23:59:59+05:00', description: 'When the key stops working (in the future); absent or null: never' })
  @IsOptional()
  @IsIsoDateTime()
  expiresAt?: string | null;
}
