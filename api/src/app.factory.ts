import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController, type FastifyInstance } from 'fastify';
import { AppModule } from './app.module';
import { answerClientError, answerFrameworkError } from './common/framework-errors';
import { jsonShapeProblem } from './common/json-depth';
import { ValidationException } from './common/validation.exception';
import type { ResolvedConfig } from './config/development-secrets';
import { withBootLock } from './database/boot-lock';
import { migrateDatabase } from './database/database.options';
import { registerFrontends } from './frontends/frontends';
import { createRootLogger, logRequests, PinoNestLogger } from './logging/logger';
import { assignRequestId, REQUEST_ID_HEADER } from './logging/request-id';
import { setUpOpenApi } from './openapi';
import { securityHeaders } from './security-headers';

/** SPEC §5: JSON bodies are limited to 1 MB. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
export const API_GLOBAL_PREFIX = 'api/v1';

/**
 * Builds and initialises the whole application (API, OpenAPI, back office, portal) without
 * listening. Its boot work (migrations, bootstrap account, sweeps of interrupted work) runs under
 * the database's boot lock: any number of processes may start together on one database. Migrations
 * run as the owner (DATABASE_URL); everything after them as the API's role (database/app-role.ts).
 */
export function createApp(config: ResolvedConfig & { database: { url: string } }): Promise<NestFastifyApplication> {
  return withBootLock(config.database.url, async () => {
    await migrateDatabase(config.database.url);
    return buildApp(config);
  });
}

async function buildApp(config: ResolvedConfig & { database: { url: string } }): Promise<NestFastifyApplication> {
  const rootLogger = createRootLogger(config);
  const adapter = new FastifyAdapter({
    loggerInstance: rootLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: assignRequestId,
    trustProxy: config.server.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, { bufferLogs: true, bodyParser: false });
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
  parseJsonBodies(fastify);
  logRequests(fastify);
  const headers = securityHeaders(config);
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers).header(REQUEST_ID_HEADER, request.id);
    done();
  });
  setUpOpenApi(app);
  await registerFrontends(fastify, (message) => logger.warn(message));
  try {
    await app.init();
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  return app;
}

/**
 * Fastify's own JSON parser (which refuses `__proto__` and `constructor.prototype` keys), behind a
 * shape check on the raw text: a deeply nested body, or one of 100,000 tiny values, is a 400 before
 * anything recurses or loops over it.
 * It replaces Nest's registration of the same parser (`bodyParser: false`); the development
 * identity provider registers its form parser itself.
 */
function parseJsonBodies(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: BODY_LIMIT_BYTES }, (request, body, done) => {
    const text = body.toString();
    const problem = jsonShapeProblem(text);
    if (problem) {
      done(new ValidationException({ body: problem }), undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
