import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Lift, LiftCreated } from '@qorgau/shared';
import { CurrentCitizen, type Citizen } from '../common/citizen';
import { LiftRequestDto } from './dto/lift-request.dto';
import { LiftsService } from './lifts.service';

@ApiTags('Citizens: lifts')
@ApiBearerAuth()
@Controller('me/lifts')
export class LiftsController {
  constructor(private readonly lifts: LiftsService) {}

  @Post()
  @ApiOperation({
    summary: 'Ask for a lift: pending until the cooling-off ends or the requested start, whichever is later',
    description: 'Refusals carry a stable `code` and a `detail` in the language of Accept-Language (kk, ru, en; kk by default). 429 after 3 requests in 30 days.',
  })
  create(@Body() body: LiftRequestDto, @CurrentCitizen() citizen: Citizen): Promise<LiftCreated> {
    return this.lifts.create(citizen, body);
  }

  @Get()
  @ApiOperation({ summary: 'The signed-in person’s lifts, newest first' })
  list(@CurrentCitizen() citizen: Citizen): Promise<Lift[]> {
    return this.lifts.listOf(citizen.iinHash);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Cancel a pending or effective lift: the restriction applies again at once; returns the lift, cancelled' })
  cancel(@Param('id') id: string, @CurrentCitizen() citizen: Citizen): Promise<Lift> {
    return this.lifts.cancelByCitizen(citizen, id);
  }
}
