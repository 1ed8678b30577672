import path from 'node:path';
import { LIFT_COOLING_OFF_SECONDS_DEFAULT } from '@qorgau/shared';
import { z } from 'zod';
import { REPO_ROOT } from './paths';

const MIN_SECRET_LENGTH = 32;
const MIN_ADMIN_PASSWORD_LENGTH = 12;

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  // The request connections' login (a role that is, or is a member of, the API's role); unset, they log in as DATABASE_URL's owner and SET ROLE.
  DATABASE_APP_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  DATA_DIR: z.string().min(1).default(path.join(REPO_ROOT, '.data')),
  EMBEDDED_POSTGRES_PORT: z.coerce.number({ error: 'must be a port number' }).int().min(1024).max(65535).default(54329),
  REGISTRY_PEPPER: z.string().min(MIN_SECRET_LENGTH, { error: `must be at least ${MIN_SECRET_LENGTH} characters` }).optional(),
  JWT_SECRET: z.string().min(MIN_SECRET_LENGTH, { error: `must be at least ${MIN_SECRET_LENGTH} characters` }).optional(),
  JWT_EXPIRES_IN_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).int().min(60).max(86400).default(900),
  ADMIN_EMAIL: z.email({ error: 'must be an e-mail address' }).optional(),
  ADMIN_PASSWORD: z
    .string()
    .min(MIN_ADMIN_PASSWORD_LENGTH, { error: `must be at least ${MIN_ADMIN_PASSWORD_LENGTH} characters` })
    .optional(),
  DEV_IDP_ENABLED: booleanFromEnv.optional(),
  CITIZEN_OIDC_ISSUER: z.string().min(1).optional(),
  CITIZEN_OIDC_JWKS_URI: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  CITIZEN_OIDC_AUDIENCE: z.string().min(1).optional(),
  CITIZEN_OIDC_IIN_CLAIM: z.string().min(1).default('iin'),
  BANK_RATE_LIMIT_PER_SECOND: z.coerce.number({ error: 'must be a number of requests' }).int().min(1).max(100000).default(100),
  // A lender keeps a signed answer as proof that it checked: the key stays published this long after retiring.
  SIGNATURE_RETENTION_DAYS: z.coerce.number({ error: 'must be a number of days' }).int().min(1).max(3650).default(400),
  CORS_ORIGINS: z.string().default(''),
  // Prometheus scrapes /metrics with it as a bearer token; unset, /metrics answers loopback callers only.
  METRICS_TOKEN: z.string().min(MIN_SECRET_LENGTH, { error: `must be at least ${MIN_SECRET_LENGTH} characters` }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // IIN exposures restricted (or unrestricted) per transaction by a restriction job; tests use tiny chunks.
  RESTRICTION_CHUNK_SIZE: z.coerce.number({ error: 'must be a number of identifiers' }).int().min(1).max(1_000_000).default(50_000),
  PUBLIC_RATE_LIMIT_PER_MINUTE: z.coerce.number({ error: 'must be a number of requests' }).int().min(1).default(600),
  // Credit-record law keeps a lender's inquiry five years: older months' partitions are dropped whole.
  INQUIRY_RETENTION_MONTHS: z.coerce.number({ error: 'must be a number of months' }).int().min(1).max(1200).default(60),
  // Connections per API process (SPEC §4: several processes share one database's max_connections).
  DATABASE_POOL_SIZE: z.coerce.number({ error: 'must be a number of connections' }).int().min(1).max(1000).default(20),
  // The registry signs the audit chain's head this often (and at start), when it has moved.
  AUDIT_HEAD_SIGN_INTERVAL_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).int().min(1).max(86_400).default(600),
  HOT_PATH_POOL_SIZE: z.coerce.number({ error: 'must be a number of connections' }).int().min(1).max(1000).default(8),
  // Tests shorten it to seconds; at most 30 days.
  LIFT_COOLING_OFF_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).int().min(0).max(2_592_000).default(LIFT_COOLING_OFF_SECONDS_DEFAULT),
});

export type Environment = z.infer<typeof environmentSchema>['NODE_ENV'];

export interface AppConfig {
  env: Environment;
  server: { host: string; port: number; corsOrigins: string[] };
  /** Connections per API process: the request pool (TypeORM) and the bank check's own pool. */
  database: { url?: string; appUrl?: string; dataDir: string; embeddedPort: number; poolSize: number; hotPathPoolSize: number };
  auth: { jwtSecret?: string; jwtExpiresInSeconds: number };
  bootstrapAdmin?: { email: string; password: string };
  registry: { pepper?: string };
  devIdentityProviderEnabled: boolean;
  /** A new bank's requests per second (SPEC §5.2); each bank's own limit is set in the back office. */
  banks: { defaultRateLimitPerSecond: number };
  /** How long a retired answer-signing key stays in the JWKS. */
  signing: { retentionDays: number };
  /** How often the registry signs the audit chain's head (audit-head/). */
  audit: { headSignIntervalSeconds: number };
  /**
   * The identity provider whose ID tokens sign citizens in (SPEC §5.3). `provider` is null when
   * none is configured: the built-in development provider then stands in, if it is on.
   */
  citizenOidc: { provider: { issuer: string; jwksUri: string; audience: string } | null; iinClaim: string };
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  /** The bearer token /metrics asks for; without one, only loopback callers are answered (SPEC §4). */
  metrics: { token?: string };
  restrictions: { chunkSize: number };
  /** Requests per client address per minute to the public API (SPEC §5.4). */
  publicRateLimitPerMinute: number;
  lifts: { coolingOffSeconds: number };
  /** Inquiries older than this many months are deleted, a month's partition at a time. */
  inquiries: { retentionMonths: number };
}

/** Thrown when the environment is unusable; its message names every offending variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the environment. Secrets that development may generate on its own
 * (pepper, JWT secret) stay undefined here; `resolveDevelopmentSecrets` fills them.
 */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const withoutEmpty = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(withoutEmpty);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  }
  const vars = parsed.data;
  const production = vars.NODE_ENV === 'production';
  const problems: string[] = [];
  if ((vars.ADMIN_EMAIL === undefined) !== (vars.ADMIN_PASSWORD === undefined)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (vars.DATABASE_APP_URL !== undefined && vars.DATABASE_URL === undefined) {
    problems.push('DATABASE_APP_URL needs DATABASE_URL: the owner that migrates the database it logs in to');
  }
  const citizenOidcVars = [vars.CITIZEN_OIDC_ISSUER, vars.CITIZEN_OIDC_JWKS_URI, vars.CITIZEN_OIDC_AUDIENCE];
  if (citizenOidcVars.some((value) => value === undefined) && citizenOidcVars.some((value) => value !== undefined)) {
    problems.push('CITIZEN_OIDC_ISSUER, CITIZEN_OIDC_JWKS_URI and CITIZEN_OIDC_AUDIENCE must be set together');
  }
  if (production) {
    for (const name of ['REGISTRY_PEPPER', 'JWT_SECRET', 'ADMIN_EMAIL', 'ADMIN_PASSWORD'] as const) {
      if (vars[name] === undefined) problems.push(`${name} is required when NODE_ENV=production`);
    }
    if (vars.DEV_IDP_ENABLED === true) {
      problems.push('DEV_IDP_ENABLED must not be true when NODE_ENV=production: it lets anyone sign in as any citizen');
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    env: vars.NODE_ENV,
    server: {
      host: vars.HOST,
      port: vars.PORT,
      corsOrigins: vars.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean),
    },
    database: {
      url: vars.DATABASE_URL,
      appUrl: vars.DATABASE_APP_URL,
      dataDir: path.resolve(vars.DATA_DIR),
      embeddedPort: vars.EMBEDDED_POSTGRES_PORT,
      poolSize: vars.DATABASE_POOL_SIZE,
      hotPathPoolSize: vars.HOT_PATH_POOL_SIZE,
    },
    auth: { jwtSecret: vars.JWT_SECRET, jwtExpiresInSeconds: vars.JWT_EXPIRES_IN_SECONDS },
    bootstrapAdmin:
      vars.ADMIN_EMAIL && vars.ADMIN_PASSWORD ? { email: vars.ADMIN_EMAIL.toLowerCase(), password: vars.ADMIN_PASSWORD } : undefined,
    registry: { pepper: vars.REGISTRY_PEPPER },
    devIdentityProviderEnabled: vars.DEV_IDP_ENABLED ?? !production,
    banks: { defaultRateLimitPerSecond: vars.BANK_RATE_LIMIT_PER_SECOND },
    signing: { retentionDays: vars.SIGNATURE_RETENTION_DAYS },
    audit: { headSignIntervalSeconds: vars.AUDIT_HEAD_SIGN_INTERVAL_SECONDS },
    citizenOidc: {
      provider:
        vars.CITIZEN_OIDC_ISSUER && vars.CITIZEN_OIDC_JWKS_URI && vars.CITIZEN_OIDC_AUDIENCE
          ? { issuer: vars.CITIZEN_OIDC_ISSUER, jwksUri: vars.CITIZEN_OIDC_JWKS_URI, audience: vars.CITIZEN_OIDC_AUDIENCE }
          : null,
      iinClaim: vars.CITIZEN_OIDC_IIN_CLAIM,
    },
    logLevel: vars.LOG_LEVEL,
    metrics: { token: vars.METRICS_TOKEN },
    restrictions: { chunkSize: vars.RESTRICTION_CHUNK_SIZE },
    publicRateLimitPerMinute: vars.PUBLIC_RATE_LIMIT_PER_MINUTE,
    lifts: { coolingOffSeconds: vars.LIFT_COOLING_OFF_SECONDS },
    inquiries: { retentionMonths: vars.INQUIRY_RETENTION_MONTHS },
  };
}
