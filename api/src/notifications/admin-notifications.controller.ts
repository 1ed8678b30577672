import { Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AdminNotification } from '@qorgau/shared';
import type { FastifyReply } from 'fastify';
import { contentRange, type RawListQuery } from '../common/list-query';
import { AdminNotificationsService } from './admin-notifications.service';

@ApiTags('Back office: notifications')
@ApiBearerAuth()
@Controller('admin/notifications')
export class AdminNotificationsController {
  constructor(private readonly notifications: AdminNotificationsService) {}

  @Get()
  @ApiOperation({
    summary: 'The outbox (simple-rest list; sort by createdAt, occurredAt, nextAttemptAt, deliveredAt, tries, status, type)',
    description: 'filter {status: pending|delivered|parked, type, channel, subjectId, personRef, id}. The recipient only masked; channel none: no channel was configured, never sent.',
  })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<AdminNotification[]> {
    const { notifications, total, offset } = await this.notifications.list(query);
    reply.header('Content-Range', contentRange('notifications', offset, notifications.length, total));
    return notifications;
  }

  @Get(':id')
  @ApiOperation({ summary: 'One message of the outbox' })
  get(@Param('id') id: string): Promise<AdminNotification> {
    return this.notifications.get(id);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Queue a parked message again, its tries counted afresh (409 when it is not parked)' })
  retry(@Param('id') id: string): Promise<AdminNotification> {
    return this.notifications.retry(id);
  }
}
