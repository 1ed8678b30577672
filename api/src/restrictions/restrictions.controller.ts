import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AdminRestriction, RestrictionJob } from '@qorgau/shared';
import type { FastifyReply } from 'fastify';
import { CurrentActor, type Actor } from '../common/actor';
import { contentRange, type RawListQuery } from '../common/list-query';
import { RestrictionJobsService } from './restriction-jobs.service';
import { MAX_BROWSE_OFFSET, RestrictionsService } from './restrictions.service';

@ApiTags('Back office: restrictions')
@ApiBearerAuth()
@Controller('admin')
export class RestrictionsController {
  constructor(
    private readonly restrictions: RestrictionsService,
    private readonly jobs: RestrictionJobsService,
  ) {}

  @Get('restrictions')
  @ApiOperation({
    summary: 'Restrictions (simple-rest list, sorted by person), never an identifier: the person is a short hash prefix (personRef)',
    description: `filter {iin, reason, personRef, breachId}: iin is hashed by the server to look one person up, and needs a reason of at least 10 characters (400 naming filter.reason): each look-up is an audit event (restriction.looked-up) and counts toward LOOKUP_ALERT_PER_HOUR. Without a person, only the first ${MAX_BROWSE_OFFSET} rows page.`,
  })
  async list(@Query() query: RawListQuery, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<AdminRestriction[]> {
    const { restrictions, total, offset } = await this.restrictions.list(query, actor);
    reply.header('Content-Range', contentRange('restrictions', offset, restrictions.length, total));
    return restrictions;
  }

  @Get('restriction-jobs')
  @ApiOperation({ summary: 'Restriction jobs: placing or removing a breach’s restrictions, with progress (simple-rest list)', description: 'filter {breachId, status, id}; newest first by default.' })
  async listJobs(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<RestrictionJob[]> {
    const { jobs, total, offset } = await this.jobs.list(query);
    reply.header('Content-Range', contentRange('restriction-jobs', offset, jobs.length, total));
    return jobs;
  }

  @Get('restriction-jobs/:id')
  @ApiOperation({ summary: 'One restriction job: IIN exposures walked of the total, rows written, rate, ETA' })
  getJob(@Param('id') id: string): Promise<RestrictionJob> {
    return this.jobs.get(id);
  }
}
