import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AdminDispute } from '@qorgau/shared';
import type { FastifyReply } from 'fastify';
import { CurrentActor, type Actor } from '../common/actor';
import { contentRange, type RawListQuery } from '../common/list-query';
import { DisputesService } from './disputes.service';
import { DisputeDecisionDto } from './dto/dispute-decision.dto';

@ApiTags('Back office: disputes')
@ApiBearerAuth()
@Controller('admin/disputes')
export class AdminDisputesController {
  constructor(private readonly disputes: DisputesService) {}

  @Get()
  @ApiOperation({
    summary: 'Disputes (simple-rest list; sort by queue — open first, oldest first — createdAt, decidedAt, status, reason)',
    description: 'filter {status, reason, breachId, id}. The person appears only as personRef, a prefix of the IIN’s keyed hash.',
  })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<AdminDispute[]> {
    const { disputes, total, offset } = await this.disputes.list(query);
    reply.header('Content-Range', contentRange('disputes', offset, disputes.length, total));
    return disputes;
  }

  @Get(':id')
  @ApiOperation({ summary: 'One dispute' })
  get(@Param('id') id: string): Promise<AdminDispute> {
    return this.disputes.get(id);
  }

  @Post(':id/decision')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Decide a dispute with a reason the citizen reads: accepted removes the exposure and its restriction; 409 once decided; audited',
  })
  decide(@Param('id') id: string, @Body() body: DisputeDecisionDto, @CurrentActor() actor: Actor): Promise<AdminDispute> {
    return this.disputes.decide(id, body, actor);
  }
}
