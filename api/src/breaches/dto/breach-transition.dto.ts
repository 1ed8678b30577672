import { ApiProperty } from '@nestjs/swagger';
import { REQUESTABLE_BREACH_STATUSES, TRANSITION_REASON_MAX_LENGTH, type BreachStatus } from '@qorgau/shared';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';

/** `POST /admin/breaches/{id}/transitions`. */
export class BreachTransitionDto {
  @ApiProperty({
    enum: REQUESTABLE_BREACH_STATUSES,
    description:
      'The status to move to. `confirmed` over CONFIRM_APPROVAL_THRESHOLD people answers `awaiting-approval`; from there `confirmed` by another admin or analyst approves, `investigating` declines (reason of 10 characters or more).',
  })
  @IsIn(REQUESTABLE_BREACH_STATUSES, { message: `must be one of: ${REQUESTABLE_BREACH_STATUSES.join(', ')}` })
  to: BreachStatus;

  @ApiProperty({ maxLength: TRANSITION_REASON_MAX_LENGTH, example: 'The company confirmed the leak in writing.', description: 'Required, except for a dry run' })
  @ValidateIf((body: BreachTransitionDto) => body.dryRun !== true)
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @MaxLength(TRANSITION_REASON_MAX_LENGTH, { message: `must be at most ${TRANSITION_REASON_MAX_LENGTH} characters` })
  @MinLength(1, { message: 'is required: say why' })
  @IsString({ message: 'is required: say why' })
  reason: string;

  @ApiProperty({
    required: false,
    description:
      'With `to: "confirmed"`: change nothing and answer {wouldRestrict, alreadyRestricted, restrictedUntil, needsApproval, approvalThreshold} instead of the breach',
  })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  dryRun?: boolean;
}
