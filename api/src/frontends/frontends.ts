import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config/paths';

interface Frontend {
  name: string;
  prefix: string;
  root: string;
}

export const FRONTENDS: Frontend[] = [
  { name: 'back office', prefix: '/admin/', root: path.join(REPO_ROOT, 'admin', 'dist') },
  { name: 'citizen portal', prefix: '/', root: path.join(REPO_ROOT, 'portal', 'dist') },
];

/** Paths that belong to the server itself: an unknown one is a 404, never a single-page-app page. */
const SERVER_PATHS = /^\/(api|health|metrics)(\/|$)/;

/**
 * Serves the built back office at /admin/ and the portal at /, each falling back to its
 * index.html so that client-side routes survive a reload. Hashed assets are cached for a year;
 * index.html never, so a new release is picked up at once.
 */
export async function registerFrontends(fastify: FastifyInstance, log: (message: string) => void): Promise<void> {
  for (const [index, frontend] of FRONTENDS.entries()) {
    if (!existsSync(path.join(frontend.root, 'index.html'))) {
      log(`The ${frontend.name} is not built (${frontend.root}); run \`pnpm build\` to serve it at ${frontend.prefix}`);
      continue;
    }
    await fastify.register(fastifyStatic, {
      root: frontend.root,
      prefix: frontend.prefix,
      wildcard: false,
      index: false,
      decorateReply: index === 0,
      cacheControl: false,
      setHeaders: (response, filePath) => {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        response.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    const sendIndex = (request: FastifyRequest, reply: FastifyReply) => {
      if (SERVER_PATHS.test(request.url)) return reply.callNotFound();
      return reply.header('cache-control', 'no-cache').sendFile('index.html', frontend.root);
    };
    fastify.get(frontend.prefix, sendIndex);
    fastify.get(`${frontend.prefix}*`, sendIndex);
  }
}
