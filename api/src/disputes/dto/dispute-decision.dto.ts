import { ApiProperty } from '@nestjs/swagger';
import { DISPUTE_OUTCOMES, type DisputeOutcome } from '@qorgau/shared';
import { IsIn } from 'class-validator';
import { ReviewReasonDto } from '../../common/review-reason.dto';

/** `POST /admin/disputes/{id}/decision`: the outcome and the reason the citizen reads. */
export class DisputeDecisionDto extends ReviewReasonDto {
  @ApiProperty({ enum: DISPUTE_OUTCOMES })
  @IsIn(DISPUTE_OUTCOMES, { message: `must be one of: ${DISPUTE_OUTCOMES.join(', ')}` })
  outcome: DisputeOutcome;
}
