import { ApiProperty } from '@nestjs/swagger';
import { BREACH_STATUSES, TRANSITION_REASON_MAX_LENGTH, type BreachStatus } from '@qorgau/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';

/** `POST /admin/breaches/{id}/transitions`. */
export class BreachTransitionDto {
  @ApiProperty({ enum: BREACH_STATUSES, description: 'The status to move to' })
  @IsIn(BREACH_STATUSES, { message: `must be one of: ${BREACH_STATUSES.join(', ')}` })
  to: BreachStatus;

  @ApiProperty({ maxLength: TRANSITION_REASON_MAX_LENGTH, example: 'The company confirmed the leak in writing.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @MaxLength(TRANSITION_REASON_MAX_LENGTH, { message: `must be at most ${TRANSITION_REASON_MAX_LENGTH} characters` })
  @MinLength(1, { message: 'is required: say why' })
  @IsString({ message: 'is required: say why' })
  reason: string;
}
