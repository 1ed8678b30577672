import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance, onSendAsyncHookHandler } from 'fastify';
import { ifNoneMatchHits, strongEtag } from './public.rules';

/** Public answers change only when a regulator publishes or edits a breach: a minute's staleness is fine. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60';

const PUBLIC_CACHE = 'publicCache';

/** Marks a route for {@link registerPublicCaching}: a strong ETag, Cache-Control and 304 on a matching If-None-Match. */
export const PublicCached = () => RouteConfig({ [PUBLIC_CACHE]: true });

/**
 * Tags successful answers with the hash of the exact bytes sent, so a client that has them gets an
 * empty 304. Done as Fastify sends, after serialisation, because Nest would overwrite a 304 set
 * earlier with the route's own status.
 */
const tagForCaching: onSendAsyncHookHandler<unknown> = async (request, reply, payload) => {
  if (reply.statusCode !== 200 || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) return payload;
  const etag = strongEtag(payload);
  reply.header('etag', etag).header('cache-control', PUBLIC_CACHE_CONTROL);
  if (!ifNoneMatchHits(request.headers['if-none-match'], etag)) return payload;
  reply.code(304);
  return '';
};

/**
 * Gives the marked routes, and only them, the {@link tagForCaching} hook: every other answer (the
 * bank check's among them) runs no onSend hook at all. Must be called before Nest registers its
 * routes, which it does in `app.init()`.
 */
export function registerPublicCaching(fastify: FastifyInstance): void {
  fastify.addHook('onRoute', (route) => {
    if (!(route.config as Record<string, unknown> | undefined)?.[PUBLIC_CACHE]) return;
    // First, as a global hook was: a HEAD route's own handler empties the payload after it.
    route.onSend = [tagForCaching, ...[route.onSend ?? []].flat()];
  });
}
