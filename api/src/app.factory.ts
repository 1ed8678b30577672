import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import { AppModule } from './app.module';
import type { ResolvedConfig } from './config/development-secrets';
import { registerFrontends } from './frontends/frontends';
import { createRootLogger, logRequests, PinoNestLogger } from './logging/logger';
import { assignRequestId, REQUEST_ID_HEADER } from './logging/request-id';
import { setUpOpenApi } from './openapi';
import { securityHeaders } from './security-headers';

/** SPEC §5: JSON bodies are limited to 1 MB. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
export const API_GLOBAL_PREFIX = 'api/v1';

/** Builds the whole application (API, OpenAPI, back office, portal) without listening. */
export async function createApp(config: ResolvedConfig & { database: { url: string } }): Promise<NestFastifyApplication> {
  const rootLogger = createRootLogger(config);
  const adapter = new FastifyAdapter({
    loggerInstance: rootLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: assignRequestId,
    trustProxy: config.env === 'production',
    routerOptions: { ignoreTrailingSlash: true },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, { bufferLogs: true });
  const logger = new PinoNestLogger(rootLogger);
  app.useLogger(logger);
  app.setGlobalPrefix(API_GLOBAL_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
    ],
  });
  // Same-origin by default: with no other origin to allow, no CORS handler runs on every request.
  if (config.server.corsOrigins.length > 0) {
    app.enableCors({ origin: config.server.corsOrigins, exposedHeaders: ['Content-Range', REQUEST_ID_HEADER], credentials: false });
  }

  const fastify = app.getHttpAdapter().getInstance();
  logRequests(fastify);
  const headers = securityHeaders(config);
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers).header(REQUEST_ID_HEADER, request.id);
    done();
  });
  setUpOpenApi(app);
  await registerFrontends(fastify, (message) => logger.warn(message));
  return app;
}
