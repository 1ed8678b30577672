import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { CONFIRM_APPROVAL_THRESHOLD_DEFAULT, LIFT_COOLING_OFF_SECONDS_DEFAULT, LOOKUP_ALERT_PER_HOUR_DEFAULT } from '@qorgau/shared';
import { z } from 'zod';
import { REPO_ROOT } from './paths';

const MIN_SECRET_LENGTH = 32;
const MIN_ADMIN_PASSWORD_LENGTH = 12;

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }).default('development'),
  // Unset: every interface in production (behind its balancer), this machine only in development.
  HOST: z.string().min(1).optional(),
  PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535).default(3000),
  // API processes sharing PORT (node:cluster); unset: one per core in production, one otherwise.
  WORKERS: z.coerce.number({ error: 'must be a number of processes' }).int().min(1).max(256).optional(),
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
  // Which proxies' X-Forwarded-For names the client (for the public rate limit): a hop count or a
  // comma-separated list of addresses and CIDR ranges. Unset: none; the client is the connection's peer.
  TRUST_PROXY: z
    .string()
    .refine((value) => trustedProxies(value) !== undefined, { error: 'must be a number of proxy hops or a comma-separated list of IP addresses and CIDR ranges' })
    .optional(),
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
  // Failed back-office sign-ins a client address, and an e-mail, may make per minute before 429 (no hashing, no database).
  SIGN_IN_FAILURES_PER_ADDRESS_PER_MINUTE: z.coerce.number({ error: 'must be a number of attempts' }).int().min(1).max(100000).default(60),
  SIGN_IN_FAILURES_PER_EMAIL_PER_MINUTE: z.coerce.number({ error: 'must be a number of attempts' }).int().min(10).max(100000).default(30),
  // Tests shorten it to seconds; at most 30 days.
  LIFT_COOLING_OFF_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).int().min(0).max(2_592_000).default(LIFT_COOLING_OFF_SECONDS_DEFAULT),
  // Notifications (SPEC §5.5): each channel is on when configured.
  NOTIFY_WEBHOOK_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  NOTIFY_WEBHOOK_SECRET: z.string().min(MIN_SECRET_LENGTH, { error: `must be at least ${MIN_SECRET_LENGTH} characters` }).optional(),
  NOTIFY_SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  NOTIFY_FROM: z.string().min(3).optional(),
  NOTIFY_MAX_ATTEMPTS: z.coerce.number({ error: 'must be a number of attempts' }).int().min(1).max(100).default(8),
  NOTIFY_TIMEOUT_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(100).max(120_000).default(5000),
  // Whether this process delivers the outbox; bank-facing replicas may leave it to others and only write it.
  NOTIFY_DISPATCH: booleanFromEnv.default(true),
  NOTIFY_POLL_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(10).max(60_000).default(200),
  // The first retry's delay; each next one doubles it (with jitter), up to an hour.
  NOTIFY_BACKOFF_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(1).max(3_600_000).default(2000),
  // SPEC §3.9: a confirmation restricting more people than this waits for a second regulator; tests set it low.
  CONFIRM_APPROVAL_THRESHOLD: z.coerce.number({ error: 'must be a number of people' }).int().min(0).default(CONFIRM_APPROVAL_THRESHOLD_DEFAULT),
  // SPEC §3.9: more person look-ups than this by one account within an hour raise an alert to admins.
  LOOKUP_ALERT_PER_HOUR: z.coerce.number({ error: 'must be a number of look-ups' }).int().min(1).max(100_000).default(LOOKUP_ALERT_PER_HOUR_DEFAULT),
  // How often restrictions ending within 7 days are looked for (one process at a time); tests shorten it.
  NOTIFY_ENDING_SWEEP_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(100).max(86_400_000).default(3_600_000),
});

export type TrustProxy = false | number | string[];

/**
 * TRUST_PROXY as Fastify's `trustProxy` takes it: a whole number is how many proxies in front of the
 * API are trusted (X-Forwarded-For's last entries), anything else a list of proxy addresses and
 * CIDR ranges; undefined when it is neither. Never `true`: trusting every sender of the header would
 * let any client choose its own address, and so its own rate limit.
 */
export function trustedProxies(value: string): number | string[] | undefined {
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
  const isAddressOrRange = (entry: string) => {
    const [address, prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    if (family === 0 || rest.length > 0) return false;
    return prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
  };
  return entries.length > 0 && entries.every(isAddressOrRange) ? entries : undefined;
}

export type Environment = z.infer<typeof environmentSchema>['NODE_ENV'];

export interface AppConfig {
  env: Environment;
  /** `trustProxy`: false (trust no X-Forwarded-For), a hop count, or the proxies' addresses and CIDR ranges. */
  server: { host: string; port: number; corsOrigins: string[]; trustProxy: TrustProxy; workers: number };
  /** Connections per API process: the request pool (TypeORM) and the bank check's own pool. */
  database: { url?: string; appUrl?: string; dataDir: string; embeddedPort: number; poolSize: number; hotPathPoolSize: number };
  auth: { jwtSecret?: string; jwtExpiresInSeconds: number };
  /** Failed sign-ins allowed per minute before 429; at least ten per e-mail, so the lockout of SPEC §5.1 still comes first. */
  signIn: { failuresPerAddressPerMinute: number; failuresPerEmailPerMinute: number };
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
  /** Delivery of notifications (SPEC §3.8, §5.5); a channel is null when it is not configured. */
  notifications: {
    webhook: { url: string; secret: string } | null;
    smtp: { url: string; from: string } | null;
    maxAttempts: number;
    timeoutMs: number;
    /** This process delivers the outbox (NOTIFY_DISPATCH); the rows are written whatever it says. */
    dispatch: boolean;
    pollMs: number;
    backoffMs: number;
    /** How often the `restriction.ending` sweep runs. */
    endingSweepMs: number;
  };
  /** SPEC §3.9: more people than `confirmThreshold` need a second regulator's approval. */
  approvals: { confirmThreshold: number };
  /** SPEC §3.9: person look-ups per account per hour before admins are alerted. */
  lookups: { alertPerHour: number };
}

/**
 * The development identity provider lets anyone sign in as any citizen, so it comes on by itself
 * only where no real data can be: the embedded database of development, and test runs. A real
 * DATABASE_URL needs DEV_IDP_ENABLED=true said out loud (a pilot that forgot NODE_ENV stays safe).
 */
function devIdentityProviderByDefault(env: Environment, databaseUrl: string | undefined): boolean {
  return env === 'test' || (env === 'development' && databaseUrl === undefined);
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
  if ((vars.NOTIFY_WEBHOOK_URL === undefined) !== (vars.NOTIFY_WEBHOOK_SECRET === undefined)) {
    problems.push('NOTIFY_WEBHOOK_URL and NOTIFY_WEBHOOK_SECRET must be set together');
  }
  if ((vars.NOTIFY_SMTP_URL === undefined) !== (vars.NOTIFY_FROM === undefined)) {
    problems.push('NOTIFY_SMTP_URL and NOTIFY_FROM must be set together');
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
      host: vars.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
      port: vars.PORT,
      corsOrigins: vars.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean),
      trustProxy: vars.TRUST_PROXY === undefined ? false : trustedProxies(vars.TRUST_PROXY)!,
      workers: vars.WORKERS ?? (production ? availableParallelism() : 1),
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
    signIn: {
      failuresPerAddressPerMinute: vars.SIGN_IN_FAILURES_PER_ADDRESS_PER_MINUTE,
      failuresPerEmailPerMinute: vars.SIGN_IN_FAILURES_PER_EMAIL_PER_MINUTE,
    },
    bootstrapAdmin:
      vars.ADMIN_EMAIL && vars.ADMIN_PASSWORD ? { email: vars.ADMIN_EMAIL.toLowerCase(), password: vars.ADMIN_PASSWORD } : undefined,
    registry: { pepper: vars.REGISTRY_PEPPER },
    devIdentityProviderEnabled: vars.DEV_IDP_ENABLED ?? devIdentityProviderByDefault(vars.NODE_ENV, vars.DATABASE_URL),
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
    notifications: {
      webhook: vars.NOTIFY_WEBHOOK_URL && vars.NOTIFY_WEBHOOK_SECRET ? { url: vars.NOTIFY_WEBHOOK_URL, secret: vars.NOTIFY_WEBHOOK_SECRET } : null,
      smtp: vars.NOTIFY_SMTP_URL && vars.NOTIFY_FROM ? { url: vars.NOTIFY_SMTP_URL, from: vars.NOTIFY_FROM } : null,
      maxAttempts: vars.NOTIFY_MAX_ATTEMPTS,
      timeoutMs: vars.NOTIFY_TIMEOUT_MS,
      dispatch: vars.NOTIFY_DISPATCH,
      pollMs: vars.NOTIFY_POLL_MS,
      backoffMs: vars.NOTIFY_BACKOFF_MS,
      endingSweepMs: vars.NOTIFY_ENDING_SWEEP_MS,
    },
    approvals: { confirmThreshold: vars.CONFIRM_APPROVAL_THRESHOLD },
    lookups: { alertPerHour: vars.LOOKUP_ALERT_PER_HOUR },
  };
}
