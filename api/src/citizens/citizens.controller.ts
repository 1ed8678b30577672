import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MeInquiry, MeResponse } from '@qorgau/shared';
import { CurrentCitizen, type Citizen } from '../common/citizen';
import { CitizensService } from './citizens.service';

@ApiTags('Citizens')
@ApiBearerAuth()
@Controller('me')
export class CitizensController {
  constructor(private readonly citizens: CitizensService) {}

  @Get()
  @ApiOperation({ summary: 'The signed-in citizen: restricted or not and until when, the breaches holding their IIN, restrictions and lifts' })
  me(@CurrentCitizen() citizen: Citizen): Promise<MeResponse> {
    return this.citizens.me(citizen);
  }

  @Get('inquiries')
  @ApiOperation({ summary: 'Every lender check of the signed-in citizen, newest first, each with the alerts that told them of it (channel, status, deliveredAt, language, text)' })
  inquiries(@CurrentCitizen() citizen: Citizen): Promise<MeInquiry[]> {
    return this.citizens.inquiries(citizen);
  }
}
