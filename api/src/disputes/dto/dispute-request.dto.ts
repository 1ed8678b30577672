import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DISPUTE_REASONS, DISPUTE_TEXT_MAX_LENGTH, type DisputeReason } from '@qorgau/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CitizenFacing } from '../../common/citizen-messages';

/** `POST /me/disputes` (SPEC §5.3). Messages are citizen-message codes, worded in the person's language. */
@CitizenFacing()
export class DisputeRequestDto {
  @ApiProperty({ format: 'uuid', description: 'A breach that contains the person’s data (as listed by GET /me)' })
  @IsUUID('all', { message: 'invalid-id' })
  breachId: string;

  @ApiProperty({ enum: DISPUTE_REASONS })
  @IsIn(DISPUTE_REASONS, { message: 'invalid-dispute-reason' })
  reason: DisputeReason;

  @ApiPropertyOptional({ maxLength: DISPUTE_TEXT_MAX_LENGTH, description: 'The person’s explanation; required when the reason is `other`' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @MaxLength(DISPUTE_TEXT_MAX_LENGTH, { message: 'text-too-long' })
  @IsString({ message: 'field-required' })
  text?: string;
}
