import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Dispute, DisputeCreated } from '@qorgau/shared';
import { CurrentCitizen, type Citizen } from '../common/citizen';
import { DisputesService } from './disputes.service';
import { DisputeRequestDto } from './dto/dispute-request.dto';

@ApiTags('Citizens: disputes')
@ApiBearerAuth()
@Controller('me/disputes')
export class DisputesController {
  constructor(private readonly disputes: DisputesService) {}

  @Post()
  @ApiOperation({
    summary: 'Dispute an exposure: 201 {id, status: open}',
    description: '404 for a breach that does not contain the person’s data (or that they are not shown); 409 while a dispute about the breach is open. Details in the language of Accept-Language.',
  })
  create(@Body() body: DisputeRequestDto, @CurrentCitizen() citizen: Citizen): Promise<DisputeCreated> {
    return this.disputes.create(citizen, body);
  }

  @Get()
  @ApiOperation({ summary: 'The signed-in person’s disputes, newest first, with the outcome and the reviewer’s reason' })
  list(@CurrentCitizen() citizen: Citizen): Promise<Dispute[]> {
    return this.disputes.listOf(citizen.iinHash);
  }
}
