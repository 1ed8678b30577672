import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Breach, BreachTransition, ConfirmationImpact } from '@qorgau/shared';
import type { FastifyReply } from 'fastify';
import { CurrentActor, type Actor } from '../common/actor';
import { contentRange, type RawListQuery } from '../common/list-query';
import { BreachesService } from './breaches.service';
import { CreateBreachDto, UpdateBreachDto } from './dto/breach-input.dto';
import { BreachTransitionDto } from './dto/breach-transition.dto';

@ApiTags('Back office: breaches')
@ApiBearerAuth()
@Controller('admin/breaches')
export class BreachesController {
  constructor(private readonly breaches: BreachesService) {}

  @Get()
  @ApiOperation({
    summary: 'Breaches (simple-rest list; sort by any field)',
    description:
      'filter {status, companyId, dataClass, reportedFrom, reportedTo, late, published, sensitive, q, id}: q matches title and description, every word as a word prefix.',
  })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<Breach[]> {
    const { breaches, total, offset } = await this.breaches.list(query);
    reply.header('Content-Range', contentRange('breaches', offset, breaches.length, total));
    return breaches;
  }

  @Get(':id')
  @ApiOperation({ summary: 'One breach' })
  get(@Param('id') id: string): Promise<Breach> {
    return this.breaches.get(id);
  }

  @Post()
  @ApiOperation({ summary: 'Log a breach, as a draft' })
  create(@Body() body: CreateBreachDto, @CurrentActor() actor: Actor): Promise<Breach> {
    return this.breaches.create(body, actor);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Edit a breach: send back the version read (409 when stale); status and read-only fields are ignored' })
  update(@Param('id') id: string, @Body() body: UpdateBreachDto, @CurrentActor() actor: Actor): Promise<Breach> {
    return this.breaches.update(id, body, actor);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Delete a draft breach (409 otherwise); returns it as it was' })
  delete(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<Breach> {
    return this.breaches.delete(id, actor);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move a breach through its lifecycle with a reason (409 naming the allowed moves otherwise); returns the breach',
    description: 'With {to: "confirmed", dryRun: true}: changes nothing and answers the impact {wouldRestrict, alreadyRestricted, restrictedUntil}.',
  })
  transition(@Param('id') id: string, @Body() body: BreachTransitionDto, @CurrentActor() actor: Actor): Promise<Breach | ConfirmationImpact> {
    return body.dryRun === true ? this.breaches.confirmationImpact(id, body) : this.breaches.transition(id, body, actor);
  }

  @Get(':id/transitions')
  @ApiOperation({ summary: 'The breach’s timeline: its moves, oldest first' })
  transitions(@Param('id') id: string): Promise<BreachTransition[]> {
    return this.breaches.transitions(id);
  }
}
