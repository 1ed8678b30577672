import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AdminLift } from '@qorgau/shared';
import type { FastifyReply } from 'fastify';
import { CurrentActor, type Actor } from '../common/actor';
import { contentRange, type RawListQuery } from '../common/list-query';
import { ReviewReasonDto } from '../common/review-reason.dto';
import { LiftsService } from './lifts.service';

@ApiTags('Back office: lifts')
@ApiBearerAuth()
@Controller('admin/lifts')
export class AdminLiftsController {
  constructor(private readonly lifts: LiftsService) {}

  @Get()
  @ApiOperation({
    summary: 'Lifts (simple-rest list; sort by createdAt, effectiveAt, until, kind, cancelledAt)',
    description: 'filter {status, kind, scope, lenderBin, personRef, id}. The person appears only as personRef, a prefix of the IIN’s keyed hash.',
  })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<AdminLift[]> {
    const { lifts, total, offset } = await this.lifts.list(query);
    reply.header('Content-Range', contentRange('lifts', offset, lifts.length, total));
    return lifts;
  }

  @Get(':id')
  @ApiOperation({ summary: 'One lift' })
  get(@Param('id') id: string): Promise<AdminLift> {
    return this.lifts.get(id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a lift suspected of coercion, with a reason the citizen reads (409 when already over); audited' })
  cancel(@Param('id') id: string, @Body() body: ReviewReasonDto, @CurrentActor() actor: Actor): Promise<AdminLift> {
    return this.lifts.cancelByReviewer(id, body, actor);
  }
}
