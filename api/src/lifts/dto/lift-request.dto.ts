import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LENDER_KINDS, LIFT_KINDS, type LenderKind, type LiftKind } from '@qorgau/shared';
import { IsIn, IsOptional, IsString, ValidateBy } from 'class-validator';
import { CitizenFacing } from '../../common/citizen-messages';
import { isIsoDateTime } from '../../common/iso-date-time';

/** Messages are citizen-message codes: worded in the person's language (`@CitizenFacing()` DTOs). */
export const IsCitizenDateTime = () => ValidateBy({ name: 'isIsoDateTime', validator: { validate: isIsoDateTime } }, { message: 'invalid-date' });

/** `POST /me/lifts` (SPEC §5.3). The rules on the whole request are in lifts.rules.ts. */
@CitizenFacing()
export class LiftRequestDto {
  @ApiProperty({ enum: LIFT_KINDS })
  @IsIn(LIFT_KINDS, { message: 'invalid-lift-kind' })
  kind: LiftKind;

  @ApiPropertyOptional({ description: 'When the lift should start; now when absent', example: '2026-03-01T09:00:00+05:00' })
  @IsOptional()
  @IsCitizenDateTime()
  from?: string;

  @ApiPropertyOptional({ description: 'When a temporary lift ends (at most 30 days after it starts); none for a permanent lift' })
  @IsOptional()
  @IsCitizenDateTime()
  until?: string;

  @ApiPropertyOptional({ enum: LENDER_KINDS, description: 'Only banks or only MFOs; not with lenderBin' })
  @IsOptional()
  @IsIn(LENDER_KINDS, { message: 'invalid-lender-kind' })
  lenderKind?: LenderKind;

  @ApiPropertyOptional({ description: 'Only the lender with this BIN; not with lenderKind', example: '000740000728' })
  @IsOptional()
  @IsString({ message: 'lender-bin-invalid' })
  lenderBin?: string;
}
