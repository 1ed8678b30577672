import { ROLES, type Role } from '@qorgau/shared';

/**
 * Who may call a route: nobody needs a token (`public`); a lender with an API key (`bank`, SPEC §5.2);
 * a citizen with an identity token (`citizen`, SPEC §5.3); or a regulator with one of these roles.
 * Each kind of caller has its own credential, and the wrong kind of credential is a 401.
 */
export type RouteAccess = 'public' | 'bank' | 'citizen' | readonly Role[];

const EVERY_ROLE = ROLES;
const AUDIT_READERS: readonly Role[] = ['admin', 'auditor'];
const ADMIN_ONLY: readonly Role[] = ['admin'];
/** Who logs and edits companies and breaches and moves breaches through their lifecycle (SPEC §5.1). */
const BREACH_WRITERS: readonly Role[] = ['admin', 'analyst'];

/**
 * The one table of who may call what, keyed by `METHOD /path` with OpenAPI-style `{params}`.
 * The global guard enforces it; a route missing here is refused to everyone, and the
 * authorisation test fails for it (tests/e2e/authorization-matrix.e2e.ts).
 */
export const AUTHORIZATION_MATRIX: Record<string, RouteAccess> = {
  'GET /health': 'public',
  'GET /metrics': 'public',
  'POST /api/v1/auth/login': 'public',
  'GET /api/v1/auth/me': EVERY_ROLE,

  'GET /api/v1/admin/stats': EVERY_ROLE,

  'GET /api/v1/admin/users': ADMIN_ONLY,
  'GET /api/v1/admin/users/{id}': ADMIN_ONLY,
  'POST /api/v1/admin/users': ADMIN_ONLY,
  'PUT /api/v1/admin/users/{id}': ADMIN_ONLY,

  'GET /api/v1/admin/companies': EVERY_ROLE,
  'GET /api/v1/admin/companies/{id}': EVERY_ROLE,
  'POST /api/v1/admin/companies': BREACH_WRITERS,
  'PUT /api/v1/admin/companies/{id}': BREACH_WRITERS,
  'DELETE /api/v1/admin/companies/{id}': BREACH_WRITERS,

  'GET /api/v1/admin/breaches': EVERY_ROLE,
  'GET /api/v1/admin/breaches/{id}': EVERY_ROLE,
  'POST /api/v1/admin/breaches': BREACH_WRITERS,
  'PUT /api/v1/admin/breaches/{id}': BREACH_WRITERS,
  'DELETE /api/v1/admin/breaches/{id}': BREACH_WRITERS,
  'GET /api/v1/admin/breaches/{id}/transitions': EVERY_ROLE,
  'POST /api/v1/admin/breaches/{id}/transitions': BREACH_WRITERS,

  'POST /api/v1/admin/breaches/{id}/exposures': BREACH_WRITERS,
  'GET /api/v1/admin/ingest-jobs': EVERY_ROLE,
  'GET /api/v1/admin/ingest-jobs/{id}': EVERY_ROLE,
  'POST /api/v1/admin/ingest-jobs/{id}/cancel': BREACH_WRITERS,

  'GET /api/v1/admin/audit-events': AUDIT_READERS,
  'GET /api/v1/admin/audit-events/verification': AUDIT_READERS,
  'GET /api/v1/admin/audit-events/{id}': AUDIT_READERS,
};

/** The matrix key of a route as Fastify names it (`/api/v1/admin/users/:id` → `/api/v1/admin/users/{id}`). */
export function routeKey(method: string, fastifyRoute: string): string {
  return `${method.toUpperCase()} ${fastifyRoute.replace(/:(\w+)/g, '{$1}').replace(/\/$/, '') || '/'}`;
}
