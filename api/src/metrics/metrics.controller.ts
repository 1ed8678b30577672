import { Controller, Get, Header, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { HttpMetricsService } from './http-metrics.service';
import { MetricsAccessGuard } from './metrics-access.guard';

@ApiTags('Operations')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: HttpMetricsService) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @UseGuards(MetricsAccessGuard)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Prometheus metrics (text exposition format), for operators: the METRICS_TOKEN bearer token, or loopback callers when none is set' })
  @ApiUnauthorizedResponse({ description: 'METRICS_TOKEN is set and was not presented' })
  @ApiForbiddenResponse({ description: 'no METRICS_TOKEN is set and the caller is not on this machine' })
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
