import { Module, type OnModuleInit } from '@nestjs/common';
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
export class PublicModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit() {
    registerPublicCaching(this.adapterHost.httpAdapter.getInstance<FastifyInstance>());
  }
}
