import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditEvent } from '@qorgau/shared';
import type { FastifyReply } from 'fastify';
import { contentRange, type RawListQuery } from '../common/list-query';
import { AuditService } from './audit.service';

@ApiTags('Back office: audit trail')
@ApiBearerAuth()
@Controller('admin/audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'Audit events (simple-rest list; filter {action, entityType, entityId, actorId, from, to})' })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<AuditEvent[]> {
    const { events, total, offset } = await this.audit.list(query);
    reply.header('Content-Range', contentRange('audit-events', offset, events.length, total));
    return events;
  }

  @Get(':id')
  @ApiOperation({ summary: 'One audit event' })
  get(@Param('id') id: string): Promise<AuditEvent> {
    return this.audit.get(id);
  }
}
