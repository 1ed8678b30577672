import '@fastify/multipart';
import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { IngestJob, IngestJobAccepted } from '@qorgau/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, type Actor } from '../common/actor';
import { contentRange, type RawListQuery } from '../common/list-query';
import { IngestionService } from './ingestion.service';
import { uploadOf } from './upload-parsers';

@ApiTags('Back office: ingestion')
@ApiBearerAuth()
@Controller('admin')
export class IngestionController {
  constructor(private readonly ingestion: IngestionService) {}

  @Post('breaches/:id/exposures')
  @HttpCode(202)
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiOperation({
    summary: 'Load a file of leaked identifiers into a breach (streamed; 202 {jobId} once the file is read, then merged by a job)',
    description:
      'Columns iin, phone, email by header (any case or order; ИИН, ЖСН, телефон, e-mail too), or one headerless column recognised per value; `,` `;` or tab; UTF-8 with or without BOM. 404 unknown breach, 409 rejected or retracted breach.',
  })
  async upload(@Param('id') id: string, @Req() request: FastifyRequest, @CurrentActor() actor: Actor): Promise<IngestJobAccepted> {
    return this.ingestion.upload(id, await uploadOf(request), actor);
  }

  @Get('ingest-jobs')
  @ApiOperation({ summary: 'Ingestion jobs (simple-rest list)', description: 'filter {breachId, status, id}; newest first by default.' })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<IngestJob[]> {
    const { jobs, total, offset } = await this.ingestion.list(query);
    reply.header('Content-Range', contentRange('ingest-jobs', offset, jobs.length, total));
    return jobs;
  }

  @Get('ingest-jobs/:id')
  @ApiOperation({ summary: 'One ingestion job: counts, masked reject sample, progress (bytes, rows/s, ETA), error' })
  get(@Param('id') id: string): Promise<IngestJob> {
    return this.ingestion.get(id);
  }

  @Post('ingest-jobs/:id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a queued or running job: it fails with "cancelled" and nothing of it is kept (409 once finished)' })
  cancel(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<IngestJob> {
    return this.ingestion.cancel(id, actor);
  }
}
