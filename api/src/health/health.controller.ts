import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HealthReport } from '@qorgau/shared';
import type { FastifyReply } from 'fastify';
import { APP_VERSION } from '../config/version';

const DATABASE_CHECK_TIMEOUT_MS = 2000;

@ApiTags('Operations')
@Controller('health')
export class HealthController {
  constructor(private readonly database: TypeOrmHealthIndicator) {}

  /** Terminus's ping of the request pool's database, answered in the registry's own small shape. */
  @Get()
  @ApiOperation({ summary: 'Liveness and database reachability: 200 when healthy, 503 when the database does not answer' })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    const { database } = await this.database.pingCheck('database', { timeout: DATABASE_CHECK_TIMEOUT_MS });
    const databaseUp = database.status === 'up';
    reply.status(databaseUp ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).header('cache-control', 'no-store');
    return { status: databaseUp ? 'ok' : 'error', database: databaseUp ? 'up' : 'down', version: APP_VERSION };
  }
}
