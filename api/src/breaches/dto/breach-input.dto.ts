import { applyDecorators } from '@nestjs/common';
import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BREACH_DESCRIPTION_MAX_LENGTH,
  BREACH_TITLE_MAX_LENGTH,
  DATA_CLASSES,
  RESTRICTION_DAYS_DEFAULT, RESTRICTION_DAYS_MAX, RESTRICTION_DAYS_MIN, isOneOf, type DataClass } from '@qorgau/shared';
import { Transform } from 'class-transformer';
import {
  Allow,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { IsIsoDateTime } from '../../common/iso-date-time';

/*
 * Validation runs each field's decorators in the order `applyDecorators` lists them, the type
 * check first; the global pipe stops at a field's first error.
 */


const trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
/** On update: validated only when sent; an absent field keeps its value. */
const IfPresent = () => ValidateIf((_object, value) => value !== undefined);
/** Fields of the record React-Admin sends back that are not the client's to set: accepted, ignored. */
const ReadOnly = () => applyDecorators(ApiHideProperty(), Allow());

const KnownDataClasses = () =>
  ValidateBy({
    name: 'knownDataClasses',
    validator: {
      validate: (value) => Array.isArray(value) && value.every((item) => isOneOf(DATA_CLASSES, item)),
      defaultMessage: (args) => {
        const unknown = (args?.value as unknown[]).filter((item) => !isOneOf(DATA_CLASSES, item)).map((item) => JSON.stringify(item));
        return `unknown data class ${unknown.join(', ')}; known: ${DATA_CLASSES.join(', ')}`;
      },
    },
  });

const companyId = () =>
  applyDecorators(ApiProperty({ format: 'uuid' }), IsUUID('all', { message: 'unknown company' }));
const title = () =>
  applyDecorators(
    ApiProperty({ maxLength: BREACH_TITLE_MAX_LENGTH, example: 'Customer database of an online shop published on a forum' }),
    IsString({ message: 'is required' }),
    MinLength(1, { message: 'is required' }),
    MaxLength(BREACH_TITLE_MAX_LENGTH, { message: `must be at most ${BREACH_TITLE_MAX_LENGTH} characters` }),
    trimmed(),
  );
/** Stored exactly as sent (HTML included: it is text, escaped wherever shown). */
const description = () =>
  applyDecorators(
    ApiPropertyOptional({ maxLength: BREACH_DESCRIPTION_MAX_LENGTH, default: '' }),
    IsOptional(),
    IsString({ message: 'must be a text' }),
    MaxLength(BREACH_DESCRIPTION_MAX_LENGTH, { message: `must be at most ${BREACH_DESCRIPTION_MAX_LENGTH} characters` }),
  );
const optionalDateTime = () =>
  applyDecorators(ApiPropertyOptional({ format: 'date-time', nullable: true }), IsOptional(), IsIsoDateTime());
const dateTime = () => applyDecorators(ApiProperty({ format: 'date-time' }), IsIsoDateTime());
const dataClasses = () =>
  applyDecorators(
    ApiProperty({ enum: DATA_CLASSES, isArray: true, description: 'At least one kind of data leaked' }),
    IsArray({ message: 'must be a list of data classes' }),
    ArrayNotEmpty({ message: 'choose at least one data class' }),
    KnownDataClasses(),
  );
const recordsClaimed = () =>
  applyDecorators(
    ApiPropertyOptional({ nullable: true, minimum: 0, description: 'How many records the company or the leak claims' }),
    IsOptional(),
    IsInt({ message: 'must be a whole number' }),
    Min(0, { message: 'must be 0 or more' }),
    Max(Number.MAX_SAFE_INTEGER, { message: 'is too large' }),
  );
const restrictionDays = () =>
  applyDecorators(
    ApiPropertyOptional({ minimum: RESTRICTION_DAYS_MIN, maximum: RESTRICTION_DAYS_MAX, default: RESTRICTION_DAYS_DEFAULT }),
    IsInt({ message: 'must be a whole number of days' }),
    Min(RESTRICTION_DAYS_MIN, { message: `must be between ${RESTRICTION_DAYS_MIN} and ${RESTRICTION_DAYS_MAX} days` }),
    Max(RESTRICTION_DAYS_MAX, { message: `must be between ${RESTRICTION_DAYS_MIN} and ${RESTRICTION_DAYS_MAX} days` }),
  );
const flag = (description: string) =>
  applyDecorators(ApiPropertyOptional({ description }), IsBoolean({ message: 'must be true or false' }));
const PUBLISHED = 'Shown on the public pages once confirmed (default false)';
const SENSITIVE = 'Never listed publicly; always true when dataClasses include health or biometric';

class BreachReadOnlyFields {
  @ReadOnly() id?: unknown;
  @ReadOnly() status?: unknown;
  @ReadOnly() exposureCount?: unknown;
  @ReadOnly() restrictedCount?: unknown;
  @ReadOnly() reportingDelayHours?: unknown;
  @ReadOnly() reportedLate?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}

/** `POST /admin/breaches`. A new breach is a draft; read-only fields (say, of a cloned record) are ignored. */
export class CreateBreachDto extends BreachReadOnlyFields {
  @companyId() companyId: string;
  @title() title: string;
  @description() description?: string | null;
  @optionalDateTime() occurredAt?: string | null;
  @dateTime() discoveredAt: string;
  @dateTime() reportedAt: string;
  @dataClasses() dataClasses: DataClass[];
  @recordsClaimed() recordsClaimed?: number | null;
  @IsOptional() @restrictionDays() restrictionDays?: number | null;
  @IsOptional() @flag(PUBLISHED) published?: boolean | null;
  @IsOptional() @flag(SENSITIVE) sensitive?: boolean | null;
  @ReadOnly() version?: unknown;
}

/**
 * `PUT /admin/breaches/{id}`: the whole record as React-Admin sends it back. `version` is the one
 * read; a field left out keeps its value, `null` clears an optional one, read-only fields (status
 * among them: it changes only by transitions) are ignored.
 */
export class UpdateBreachDto extends BreachReadOnlyFields {
  @IfPresent() @companyId() companyId?: string;
  @IfPresent() @title() title?: string;
  @description() description?: string | null;
  @optionalDateTime() occurredAt?: string | null;
  @IfPresent() @dateTime() discoveredAt?: string;
  @IfPresent() @dateTime() reportedAt?: string;
  @IfPresent() @dataClasses() dataClasses?: DataClass[];
  @recordsClaimed() recordsClaimed?: number | null;
  @IfPresent() @restrictionDays() restrictionDays?: number;
  @IfPresent() @flag(PUBLISHED) published?: boolean;
  @IfPresent() @flag(SENSITIVE) sensitive?: boolean;

  @ApiProperty({ description: 'The version read: a stale one is refused with 409', example: 1 })
  @IsInt({ message: 'is required: send back the version you read' })
  version: number;
}
