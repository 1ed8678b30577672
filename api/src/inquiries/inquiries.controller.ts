import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { InquiryView } from '@qorgau/shared';
import type { FastifyReply } from 'fastify';
import { contentRange, type RawListQuery } from '../common/list-query';
import { InquiriesService } from './inquiries.service';

@ApiTags('Back office: inquiries')
@ApiBearerAuth()
@Controller('admin/inquiries')
export class InquiriesController {
  constructor(private readonly inquiries: InquiriesService) {}

  @Get()
  @ApiOperation({
    summary: 'Checks made by lenders, one row per IIN (simple-rest list; filter {bankId, checkedAt_gte, checkedAt_lte, restricted, purpose, inquiryId}; sort by checkedAt or id). The total counts at most 10,000.',
  })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<InquiryView[]> {
    const { inquiries, total, offset } = await this.inquiries.list(query);
    reply.header('Content-Range', contentRange('inquiries', offset, inquiries.length, total));
    return inquiries;
  }

  @Get(':id')
  @ApiOperation({ summary: 'One inquiry row' })
  get(@Param('id') id: string): Promise<InquiryView> {
    return this.inquiries.get(id);
  }
}
