import { Module } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { registerPublicCaching } from './public-cache';
import { PublicRateLimitGuard } from './public-rate-limit.guard';
import { PublicController } from './public.controller';
import { PublicRepository } from './public.repository';
import { PublicService } from './public.service';

/** The public wall's API, `/api/v1/public/*` (SPEC §5.4). */
@Module({
  controllers: [PublicController],
  providers: [PublicRepository, PublicService, PublicRateLimitGuard],
})
export class PublicModule {
  /**
   * In the constructor, which runs before Nest registers the routes (onModuleInit runs after).
   * An application context without HTTP (`pnpm seed:demo`) has no adapter and serves nothing.
   */
  constructor(adapterHost: HttpAdapterHost) {
    const fastify = adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (fastify) registerPublicCaching(fastify);
  }
}
