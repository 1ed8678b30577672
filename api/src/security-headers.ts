import helmet, { type HelmetOptions } from 'helmet';
import type { ServerResponse } from 'node:http';
import type { ResolvedConfig } from './config/development-secrets';

function helmetOptions(config: Pick<ResolvedConfig, 'env'>): HelmetOptions {
  return {
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
  };
}

/**
 * Helmet's security headers, worked out once. They never vary by request here (no CSP nonces), and
 * @fastify/helmet rebuilds the helmet middleware on every request, which cost the bank check a
 * seventh of its throughput (`pnpm bench bank`).
 */
export function securityHeaders(config: Pick<ResolvedConfig, 'env'>): Record<string, string> {
  const headers: Record<string, string> = {};
  const collector = {
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  } as unknown as ServerResponse;
  helmet(helmetOptions(config))({} as never, collector, () => undefined);
  return headers;
}
