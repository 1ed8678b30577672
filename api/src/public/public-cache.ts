import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { ifNoneMatchHits, strongEtag } from './public.rules';

/** Public answers change only when a regulator publishes or edits a breach: a minute's staleness is fine. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60';

const PUBLIC_CACHE = 'publicCache';

/** Marks a route for {@link registerPublicCaching}: a strong ETag, Cache-Control and 304 on a matching If-None-Match. */
export const PublicCached = () => RouteConfig({ [PUBLIC_CACHE]: true });

/**
 * Tags successful answers of the marked routes with the hash of the exact bytes sent, so a client
 * that has them gets an empty 304. Done as Fastify sends, after serialisation, because Nest would
 * overwrite a 304 set earlier with the route's own status.
 */
export function registerPublicCaching(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    const config = request.routeOptions.config as unknown as Record<string, unknown> | undefined;
    if (!config?.[PUBLIC_CACHE] || reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const etag = strongEtag(payload);
    reply.header('etag', etag).header('cache-control', PUBLIC_CACHE_CONTROL);
    if (!ifNoneMatchHits(request.headers['if-none-match'], etag)) return payload;
    reply.code(304);
    return '';
  });
}
