import { ApiProperty } from '@nestjs/swagger';
import { CitizenFacing } from '../../common/citizen-messages';
import { IsCitizenDateTime } from '../../lifts/dto/lift-request.dto';

/** `POST /me/protection` (SPEC §5.3). The message is a citizen-message code, worded in the person's language. */
@CitizenFacing()
export class ProtectionRequestDto {
  @ApiProperty({ description: 'Until when the person wants to be protected: in the future, at most 365 days ahead', example: '2026-12-31T23:59:00+05:00' })
  @IsCitizenDateTime()
  until: string;
}
