import { applyDecorators } from '@nestjs/common';
import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMPANY_SECTORS, normalizeEmail, normalizePhone, validateBin, type CompanySector, type ValidationResult } from '@qorgau/shared';
import { Transform } from 'class-transformer';
import { Allow, IsIn, IsInt, IsOptional, IsString, IsUrl, MaxLength, MinLength, ValidateBy, ValidateIf } from 'class-validator';

/*
 * Validation runs each field's decorators in the order `applyDecorators` lists them, the type
 * check first; the global pipe stops at a field's first error.
 */

const trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
/** Trimmed; an empty text is no value (React-Admin sends '' for a cleared input). */
const trimmedOrNull = (normalise: (value: string) => string = (value) => value) =>
  Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const text = value.trim();
    return text === '' ? null : normalise(text);
  });
/** On update: validated only when sent; an absent field keeps its value. */
const IfPresent = () => ValidateIf((_object, value) => value !== undefined);

/** Valid by one of the `shared/` validators (the back office's forms use the same), with its reason as the message. */
const ValidBy = (validatorName: string, check: (value: string) => ValidationResult) =>
  ValidateBy({
    name: validatorName,
    validator: {
      validate: (value) => typeof value === 'string' && check(value).valid,
      defaultMessage: (args) => {
        const result = check(args?.value as string);
        return result.valid ? 'is invalid' : result.reason;
      },
    },
  });
/** The normalised form when the value is valid (E.164 phone, lower-cased e-mail); else as sent, to be refused. */
const normalisedBy = (normalise: (value: string) => ValidationResult) => (text: string) => {
  const result = normalise(text);
  return result.valid ? result.value : text;
};

const bin = () =>
  applyDecorators(
    ApiProperty({ example: '990140000473', description: 'Business identification number: 12 digits with a valid check digit; unique' }),
    IsString({ message: 'is required' }),
    ValidBy('isBin', validateBin),
    trimmed(),
  );
const name = () =>
  applyDecorators(
    ApiProperty({ example: 'Example Retail LLP', maxLength: 300 }),
    IsString({ message: 'is required' }),
    MinLength(1, { message: 'is required' }),
    MaxLength(300, { message: 'must be at most 300 characters' }),
    trimmed(),
  );
const sector = () =>
  applyDecorators(
    ApiProperty({ enum: COMPANY_SECTORS }),
    IsIn(COMPANY_SECTORS, { message: `must be one of: ${COMPANY_SECTORS.join(', ')}` }),
  );
const website = () =>
  applyDecorators(
    ApiPropertyOptional({ example: 'https://example.kz', nullable: true, maxLength: 2048 }),
    IsOptional(),
    IsString({ message: 'must be a text' }),
    MaxLength(2048, { message: 'must be at most 2048 characters' }),
    IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http or https address, like https://example.kz' }),
    trimmedOrNull(),
  );
const contactName = () =>
  applyDecorators(
    ApiPropertyOptional({ description: 'The person responsible for personal data at the company', nullable: true, maxLength: 300 }),
    IsOptional(),
    IsString({ message: 'must be a text' }),
    MaxLength(300, { message: 'must be at most 300 characters' }),
    trimmedOrNull(),
  );
const contactEmail = () =>
  applyDecorators(
    ApiPropertyOptional({ example: 'dpo@example.kz', nullable: true }),
    IsOptional(),
    IsString({ message: 'must be a text' }),
    ValidBy('isEmail', normalizeEmail),
    trimmedOrNull(normalisedBy(normalizeEmail)),
  );
const contactPhone = () =>
  applyDecorators(
    ApiPropertyOptional({ example: '+77011234567', nullable: true, description: 'Any usual spelling; stored in E.164' }),
    IsOptional(),
    IsString({ message: 'must be a text' }),
    ValidBy('isKazakhstanPhone', normalizePhone),
    trimmedOrNull(normalisedBy(normalizePhone)),
  );

/** Fields of the record React-Admin sends back that are not the client's to set: accepted, ignored. */
const ReadOnly = () => applyDecorators(ApiHideProperty(), Allow());

class CompanyReadOnlyFields {
  @ReadOnly() id?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
  @ReadOnly() breachCount?: unknown;
  @ReadOnly() peopleExposed?: unknown;
  @ReadOnly() lateReports?: unknown;
}

/** `POST /admin/companies`. */
export class CreateCompanyDto extends CompanyReadOnlyFields {
  @bin() bin: string;
  @name() name: string;
  @sector() sector: CompanySector;
  @website() website?: string | null;
  @contactName() contactName?: string | null;
  @contactEmail() contactEmail?: string | null;
  @contactPhone() contactPhone?: string | null;
  /** A cloned record may carry one; a new company starts at 1. */
  @ReadOnly() version?: unknown;
}

/**
 * `PUT /admin/companies/{id}`: the whole record as React-Admin sends it back. `version` is the one
 * read; a field left out keeps its value, `null` clears an optional one, read-only fields are ignored.
 */
export class UpdateCompanyDto extends CompanyReadOnlyFields {
  @IfPresent() @bin() bin?: string;
  @IfPresent() @name() name?: string;
  @IfPresent() @sector() sector?: CompanySector;
  @website() website?: string | null;
  @contactName() contactName?: string | null;
  @contactEmail() contactEmail?: string | null;
  @contactPhone() contactPhone?: string | null;

  @ApiProperty({ description: 'The version read: a stale one is refused with 409', example: 1 })
  @IsInt({ message: 'is required: send back the version you read' })
  version: number;
}
