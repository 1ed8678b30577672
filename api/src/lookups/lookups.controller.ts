import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LookupAlert } from '@qorgau/shared';
import type { FastifyReply } from 'fastify';
import { contentRange, type RawListQuery } from '../common/list-query';
import { LookupsService } from './lookups.service';

@ApiTags('Back office: insider safeguards')
@ApiBearerAuth()
@Controller('admin/lookup-alerts')
export class LookupsController {
  constructor(private readonly lookups: LookupsService) {}

  @Get()
  @ApiOperation({
    summary: 'Alerts over too many person look-ups (simple-rest list, newest first; sort by raisedAt or id)',
    description: 'One alert each time an account makes more than LOOKUP_ALERT_PER_HOUR look-ups by IIN within an hour (SPEC §3.9).',
  })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<LookupAlert[]> {
    const { alerts, total, offset } = await this.lookups.listAlerts(query);
    reply.header('Content-Range', contentRange('lookup-alerts', offset, alerts.length, total));
    return alerts;
  }
}
