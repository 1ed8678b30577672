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
/** Who handles lift cases and disputes (SPEC §5.1), and who may read them. */
const REVIEWERS: readonly Role[] = ['admin', 'reviewer'];
const REVIEW_READERS: readonly Role[] = ['admin', 'reviewer', 'auditor'];

/**
 * The one table of who may call what, keyed by `METHOD /path` with OpenAPI-style `{params}`.
 * The global guard enforces it; a route missing here is refused to everyone, and the
 * authorisation test fails for it (tests/e2e/authorization-matrix.e2e.ts).
 */
export const AUTHORIZATION_MATRIX: Record<string, RouteAccess> = {
  'GET /health': 'public',
  // Operators only: the metrics guard asks for METRICS_TOKEN, or a loopback caller when none is set (SPEC §4).
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
  'GET /api/v1/admin/restriction-jobs': EVERY_ROLE,
  'GET /api/v1/admin/restriction-jobs/{id}': EVERY_ROLE,
  // Regulators who deal with people's restrictions; analysts see a breach's counts and jobs only.
  'GET /api/v1/admin/restrictions': REVIEW_READERS,
  // Alerts over insiders' look-ups (SPEC §3.9) are for administrators.
  'GET /api/v1/admin/lookup-alerts': ADMIN_ONLY,

  'GET /api/v1/admin/banks': EVERY_ROLE,
  'GET /api/v1/admin/banks/{id}': EVERY_ROLE,
  'POST /api/v1/admin/banks': ADMIN_ONLY,
  'PUT /api/v1/admin/banks/{id}': ADMIN_ONLY,
  'GET /api/v1/admin/banks/{id}/keys': ADMIN_ONLY,
  'POST /api/v1/admin/banks/{id}/keys': ADMIN_ONLY,
  'DELETE /api/v1/admin/banks/{id}/keys/{keyId}': ADMIN_ONLY,
  'POST /api/v1/admin/signing-keys/rotate': ADMIN_ONLY,
  // Who checked whom: those who review people's cases and those who audit.
  'GET /api/v1/admin/inquiries': REVIEW_READERS,
  'GET /api/v1/admin/inquiries/{id}': REVIEW_READERS,

  // The bank API (SPEC §5.2): an API key, and the public keys that verify its signed answers.
  'GET /api/v1/restrictions/{iin}': 'bank',
  'POST /api/v1/restrictions/check': 'bank',
  'GET /api/v1/.well-known/jwks.json': 'public',

  'GET /api/v1/admin/audit-events': AUDIT_READERS,
  'GET /api/v1/admin/audit-events/verification': AUDIT_READERS,
  'GET /api/v1/admin/audit-events/{id}': AUDIT_READERS,

  'GET /api/v1/public/breaches': 'public',
  'GET /api/v1/public/breaches/{id}': 'public',
  'GET /api/v1/public/companies/{bin}': 'public',
  'GET /api/v1/public/stats': 'public',
  'GET /api/v1/public/open-data/breaches.json': 'public',
  'GET /api/v1/public/open-data/breaches.csv': 'public',

  // The development identity provider (SPEC §5.3): only mounted outside production.
  'GET /api/v1/dev-idp/.well-known/openid-configuration': 'public',
  'GET /api/v1/dev-idp/jwks.json': 'public',
  'GET /api/v1/dev-idp/authorize': 'public',
  'POST /api/v1/dev-idp/authorize': 'public',
  'POST /api/v1/dev-idp/oauth/token': 'public',
  'POST /api/v1/dev-idp/token': 'public',

  'GET /api/v1/citizen-sign-in/config': 'public',
  'GET /api/v1/me': 'citizen',
  'GET /api/v1/me/inquiries': 'citizen',
  'POST /api/v1/me/lifts': 'citizen',
  'GET /api/v1/me/lifts': 'citizen',
  'DELETE /api/v1/me/lifts/{id}': 'citizen',
  'POST /api/v1/me/disputes': 'citizen',
  'GET /api/v1/me/disputes': 'citizen',
  'POST /api/v1/me/protection': 'citizen',
  'GET /api/v1/me/protection': 'citizen',

  'GET /api/v1/admin/lifts': REVIEW_READERS,
  'GET /api/v1/admin/lifts/{id}': REVIEW_READERS,
  'POST /api/v1/admin/lifts/{id}/cancel': REVIEWERS,
  'GET /api/v1/admin/disputes': REVIEW_READERS,
  'GET /api/v1/admin/disputes/{id}': REVIEW_READERS,
  'POST /api/v1/admin/disputes/{id}/decision': REVIEWERS,

  // Notifications (SPEC §5.5): the person's own contacts; the outbox for admins.
  'GET /api/v1/me/contacts': 'citizen',
  'PUT /api/v1/me/contacts': 'citizen',
  'DELETE /api/v1/me/contacts': 'citizen',
  'GET /api/v1/admin/notifications': ADMIN_ONLY,
  'GET /api/v1/admin/notifications/{id}': ADMIN_ONLY,
  'POST /api/v1/admin/notifications/{id}/retry': ADMIN_ONLY,
};

/** The matrix key of a route as Fastify names it (`/api/v1/admin/users/:id` → `/api/v1/admin/users/{id}`). */
export function routeKey(method: string, fastifyRoute: string): string {
  return `${method.toUpperCase()} ${fastifyRoute.replace(/:(\w+)/g, '{$1}').replace(/\/$/, '') || '/'}`;
}
