import helmet from '@fastify/helmet';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import type { ResolvedConfig } from './config/development-secrets';
import { registerFrontends } from './frontends/frontends';
import { assignRequestId, REQUEST_ID_HEADER } from './logging/request-id';
import { setUpOpenApi } from './openapi';

/** SPEC §5: JSON bodies are limited to 1 MB. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
export const API_GLOBAL_PREFIX = 'api/v1';

/** Builds the whole application (API, OpenAPI, back office, portal) without listening. */
export async function createApp(config: ResolvedConfig & { database: { url: string } }): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: assignRequestId,
    trustProxy: config.env === 'production',
    routerOptions: { ignoreTrailingSlash: true },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  app.setGlobalPrefix(API_GLOBAL_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
    ],
  });
  app.enableCors({
    origin: config.server.corsOrigins.length > 0 ? config.server.corsOrigins : false,
    exposedHeaders: ['Content-Range', REQUEST_ID_HEADER],
    credentials: false,
  });

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Emotion (MUI) and Swagger UI inject style elements at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: config.env === 'production',
  });
  setUpOpenApi(app);
  await registerFrontends(fastify, (message) => logger.warn(message));
  return app;
}
