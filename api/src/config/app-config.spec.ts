import fc from 'fast-check';
import { availableParallelism } from 'node:os';
import { ConfigError, loadConfig } from './app-config';

const SECRET = 'x'.repeat(32);
const PRODUCTION = {
  NODE_ENV: 'production',
  REGISTRY_PEPPER: SECRET,
  JWT_SECRET: SECRET,
  ADMIN_EMAIL: 'root@qorgau.kz',
  ADMIN_PASSWORD: 'a long enough password',
};

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
}

describe('loadConfig', () => {
  it('starts in development with nothing configured', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      server: { port: 3000, corsOrigins: [] },
      database: { url: undefined, embeddedPort: 54329 },
      auth: { jwtExpiresInSeconds: 900 },
      devIdentityProviderEnabled: true,
    });
    expect(config.database.dataDir).toMatch(/\.data$/);
  });

  it('keeps inquiries five years unless told otherwise', () => {
    expect(loadConfig({}).inquiries.retentionMonths).toBe(60);
    expect(loadConfig({ INQUIRY_RETENTION_MONTHS: '84' }).inquiries.retentionMonths).toBe(84);
  });

  it('asks a second regulator above 100,000 people and alerts after 20 look-ups an hour unless told otherwise (SPEC §3.9)', () => {
    expect(loadConfig({}).approvals.confirmThreshold).toBe(100_000);
    expect(loadConfig({}).lookups.alertPerHour).toBe(20);
    expect(loadConfig({ CONFIRM_APPROVAL_THRESHOLD: '3', LOOKUP_ALERT_PER_HOUR: '5' })).toMatchObject({ approvals: { confirmThreshold: 3 }, lookups: { alertPerHour: 5 } });
    expect(() => loadConfig({ CONFIRM_APPROVAL_THRESHOLD: '-1' })).toThrow(/CONFIRM_APPROVAL_THRESHOLD/);
    expect(() => loadConfig({ LOOKUP_ALERT_PER_HOUR: '0' })).toThrow(/LOOKUP_ALERT_PER_HOUR/);
  });

  it('trusts no proxy unless TRUST_PROXY names them, in production too', () => {
    expect(loadConfig({}).server.trustProxy).toBe(false);
    expect(loadConfig(PRODUCTION).server.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).server.trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1, fd00::/8' }).server.trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1', '::1', 'fd00::/8']);
  });

  it('runs one API process per core in production and one otherwise, unless WORKERS says', () => {
    expect(loadConfig({}).server.workers).toBe(1);
    expect(loadConfig(PRODUCTION).server.workers).toBe(availableParallelism());
    expect(loadConfig({ ...PRODUCTION, WORKERS: '3' }).server.workers).toBe(3);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).server.port).toBe(3000);
  });

  it('starts in production with every secret given, the development identity provider off', () => {
    const config = loadConfig(PRODUCTION);
    expect(config.devIdentityProviderEnabled).toBe(false);
    expect(config.bootstrapAdmin).toEqual({ email: 'root@qorgau.kz', password: 'a long enough password' });
  });

  it.each(['REGISTRY_PEPPER', 'JWT_SECRET', 'ADMIN_EMAIL', 'ADMIN_PASSWORD'])('refuses production without %s, naming it', (name) => {
    const problems = problemsOf({ ...PRODUCTION, [name]: undefined });
    expect(problems.join('\n')).toContain(name);
  });

  it('listens on this machine only in development, on every interface in production, unless HOST says', () => {
    expect(loadConfig({}).server.host).toBe('127.0.0.1');
    expect(loadConfig(PRODUCTION).server.host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0' }).server.host).toBe('0.0.0.0');
  });

  it('keeps the development identity provider off against a real database unless DEV_IDP_ENABLED=true', () => {
    const realDatabase = { DATABASE_URL: 'postgres://pilot.example/qorgau' };
    expect(loadConfig(realDatabase).devIdentityProviderEnabled).toBe(false);
    expect(loadConfig({ ...realDatabase, DEV_IDP_ENABLED: 'true' }).devIdentityProviderEnabled).toBe(true);
    expect(loadConfig({ ...realDatabase, NODE_ENV: 'test' }).devIdentityProviderEnabled).toBe(true);
    expect(loadConfig({ DEV_IDP_ENABLED: 'false' }).devIdentityProviderEnabled).toBe(false);
  });

  it('delivers notifications from every process unless NOTIFY_DISPATCH=false', () => {
    expect(loadConfig({}).notifications.dispatch).toBe(true);
    expect(loadConfig({ NOTIFY_DISPATCH: 'false' }).notifications.dispatch).toBe(false);
  });

  it('refuses a per-e-mail sign-in throttle below the lockout, so ten failures still lock', () => {
    expect(problemsOf({ SIGN_IN_FAILURES_PER_EMAIL_PER_MINUTE: '9' }).join('\n')).toMatch(/SIGN_IN_FAILURES_PER_EMAIL_PER_MINUTE/);
  });

  it('refuses production with the development identity provider enabled', () => {
    expect(problemsOf({ ...PRODUCTION, DEV_IDP_ENABLED: 'true' }).join('\n')).toMatch(/DEV_IDP_ENABLED/);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ ADMIN_EMAIL: 'not-an-email', ADMIN_PASSWORD: 'a long enough password' }, 'ADMIN_EMAIL'],
    [{ ADMIN_EMAIL: 'a@b.kz', ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ ADMIN_EMAIL: 'a@b.kz' }, 'ADMIN_PASSWORD'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ DEV_IDP_ENABLED: 'perhaps' }, 'DEV_IDP_ENABLED'],
    [{ NOTIFY_DISPATCH: 'sometimes' }, 'NOTIFY_DISPATCH'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ INQUIRY_RETENTION_MONTHS: '0' }, 'INQUIRY_RETENTION_MONTHS'],
    [{ INQUIRY_RETENTION_MONTHS: '2.5' }, 'INQUIRY_RETENTION_MONTHS'],
    [{ INQUIRY_RETENTION_MONTHS: 'five years' }, 'INQUIRY_RETENTION_MONTHS'],
    [{ WORKERS: '0' }, 'WORKERS'],
    [{ WORKERS: 'all' }, 'WORKERS'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: 'proxy.internal' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '-1' }, 'TRUST_PROXY'],
  ])('refuses %j naming %s', (env, name) => {
    expect(problemsOf(env).join('\n')).toContain(name);
  });

  it('either loads or names a variable, never anything else, for arbitrary values', () => {
    const names = ['PORT', 'NODE_ENV', 'DATABASE_URL', 'JWT_SECRET', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', 'DEV_IDP_ENABLED', 'EMBEDDED_POSTGRES_PORT'];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), fc.string()), (env) => {
        for (const problem of problemsOf(env)) expect(names.some((name) => problem.includes(name))).toBe(true);
      }),
    );
  });
});
