import { ApiProperty } from '@nestjs/swagger';
import { REVIEW_REASON_MAX_LENGTH } from '@qorgau/shared';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** A reviewer's reason, which the citizen reads: cancelling a lift, deciding a dispute. */
export class ReviewReasonDto {
  @ApiProperty({ maxLength: REVIEW_REASON_MAX_LENGTH, example: 'The person called the hotline: a "bank employee" was dictating the request.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @MaxLength(REVIEW_REASON_MAX_LENGTH, { message: `must be at most ${REVIEW_REASON_MAX_LENGTH} characters` })
  @MinLength(1, { message: 'is required: the citizen will read it' })
  @IsString({ message: 'is required: the citizen will read it' })
  reason: string;
}
