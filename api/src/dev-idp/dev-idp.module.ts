import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { DevIdentityProvider } from './dev-identity-provider.service';
import { DevIdpController } from './dev-idp.controller';
import { DevIdpRepository } from './dev-idp.repository';

const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

/** The development identity provider (SPEC §5.3); AppModule imports it only when it is on. */
@Module({
  controllers: [DevIdpController],
  providers: [DevIdentityProvider, DevIdpRepository],
  exports: [DevIdentityProvider],
})
export class DevIdpModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** The login form and the token endpoint take HTML form bodies (OAuth 2.0 requires them at the token endpoint). */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify || fastify.hasContentTypeParser(FORM_CONTENT_TYPE)) return;
    fastify.addContentTypeParser(FORM_CONTENT_TYPE, { parseAs: 'string' }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
  }
}
