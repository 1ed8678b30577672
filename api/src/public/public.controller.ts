import { Controller, Get, Header, Param, Query, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { PublicBreachListItem, PublicCompany, PublicStats } from '@qorgau/shared';
import type { FastifyReply } from 'fastify';
import { contentRange } from '../common/list-query';
import { PublicCached } from './public-cache';
import { PublicRateLimitGuard } from './public-rate-limit.guard';
import { PublicService, SEARCH_MAX_LENGTH } from './public.service';

const CACHING = 'Cached: strong ETag and Cache-Control: public, max-age=60; 304 on a matching If-None-Match. Rate-limited per client address (429 with Retry-After).';

@ApiTags('Public')
@Controller('public')
@UseGuards(PublicRateLimitGuard)
export class PublicController {
  constructor(private readonly publicWall: PublicService) {}

  @Get('breaches')
  @PublicCached()
  @ApiOperation({
    summary: 'Published breaches: confirmed or closed, not sensitive; newest report first',
    description: `Paged with range=[a,b] (Content-Range: breaches a-b/total). "People exposed" is exposureCount. ${CACHING}`,
  })
  @ApiQuery({ name: 'range', required: false, example: '[0,19]' })
  @ApiQuery({ name: 'q', required: false, description: `Part of the company name or the title, any case (at most ${SEARCH_MAX_LENGTH} characters)` })
  async list(@Query('range') range: string | undefined, @Query('q') q: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<PublicBreachListItem[]> {
    const { breaches, total, offset } = await this.publicWall.listBreaches({ range, q });
    reply.header('Content-Range', contentRange('breaches', offset, breaches.length, total));
    return breaches;
  }

  @Get('breaches/:id')
  @PublicCached()
  @ApiOperation({ summary: 'One public breach (404 for anything not public)', description: CACHING })
  breach(@Param('id') id: string): Promise<PublicBreachListItem> {
    return this.publicWall.getBreach(id);
  }

  @Get('companies/:bin')
  @PublicCached()
  @ApiOperation({
    summary: 'A company with its public breaches, breach count, people exposed and late reports',
    description: `400 for an invalid BIN; 404 for an unknown company or one without public breaches. ${CACHING}`,
  })
  company(@Param('bin') bin: string): Promise<PublicCompany> {
    return this.publicWall.getCompany(bin);
  }

  @Get('stats')
  @PublicCached()
  @ApiOperation({ summary: 'Breaches per month, people exposed per sector, late-report share, totals: public breaches only', description: CACHING })
  stats(): Promise<PublicStats> {
    return this.publicWall.stats();
  }

  @Get('open-data/breaches.json')
  @PublicCached()
  @Header('content-disposition', 'attachment; filename="qorgau-breaches.json"')
  @ApiOperation({ summary: 'Open data: every public breach with its company, as JSON', description: CACHING })
  openDataJson(): Promise<PublicBreachListItem[]> {
    return this.publicWall.openDataJson();
  }

  @Get('open-data/breaches.csv')
  @PublicCached()
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="qorgau-breaches.csv"')
  @ApiOperation({
    summary: 'Open data: every public breach with its company, as CSV',
    description: `UTF-8 with a byte-order mark (for Excel), RFC 4180 quoting, CRLF; dataClasses joined by ";"; text cells starting with = + - @ get a leading apostrophe. ${CACHING}`,
  })
  openDataCsv(): Promise<string> {
    return this.publicWall.openDataCsv();
  }
}
