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
  @ApiOperation({
    summary: 'Audit events (simple-rest list; filter {id, action, entityType, entityId, actorId, actorEmail, from, to})',
    description:
      'action: one event kind or a list (restriction.looked-up for person look-ups, restriction.lookup-alert-raised, breach.approval-requested, breach.approved, breach.declined…); from/to: ISO date-times or dates (whole days, Almaty time). A malformed value is a 400 naming filter.<field>.',
  })
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
