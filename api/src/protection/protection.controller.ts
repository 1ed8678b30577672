import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MeRestriction } from '@qorgau/shared';
import { CurrentCitizen, type Citizen } from '../common/citizen';
import { ProtectionRequestDto } from './dto/protection-request.dto';
import { ProtectionService } from './protection.service';

@ApiTags('Citizens: protection by choice')
@ApiBearerAuth()
@Controller('me/protection')
export class ProtectionController {
  constructor(private readonly protection: ProtectionService) {}

  @Post()
  @ApiOperation({
    summary: 'Stay protected: a restriction by choice from now until `until` (at most a year), in force at once; lifted by the lift rules',
  })
  protect(@Body() body: ProtectionRequestDto, @CurrentCitizen() citizen: Citizen): Promise<MeRestriction> {
    return this.protection.protect(citizen, body.until);
  }

  @Get()
  @ApiOperation({ summary: 'The person’s protections by choice that are not over, latest end first' })
  list(@CurrentCitizen() citizen: Citizen): Promise<MeRestriction[]> {
    return this.protection.listOf(citizen.iinHash);
  }
}
