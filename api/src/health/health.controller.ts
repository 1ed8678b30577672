import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HealthReport } from '@qorgau/shared';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { APP_VERSION } from '../config/version';

const DATABASE_CHECK_TIMEOUT_MS = 2000;

@ApiTags('Operations')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Liveness and database reachability: 200 when healthy, 503 when the database does not answer' })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    const databaseUp = await this.databaseAnswers();
    reply.status(databaseUp ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).header('cache-control', 'no-store');
    return { status: databaseUp ? 'ok' : 'error', database: databaseUp ? 'up' : 'down', version: APP_VERSION };
  }

  private async databaseAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), DATABASE_CHECK_TIMEOUT_MS)));
    const check = this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([check, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
