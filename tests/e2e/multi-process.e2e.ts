import { randomBytes } from 'node:crypto';
import { sql } from '../harness/sql';
import { createTestDatabase, startTestApp, type TestApp } from '../harness/test-app';

/** SPEC §4: any number of API processes may serve one database, whoever starts first. */
describe('API processes starting together on one fresh database', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const apps: TestApp[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    // Replicas share the registry's secrets as they share its database; each has a data directory of its own.
    const sharedSecrets = { REGISTRY_PEPPER: randomBytes(32).toString('hex'), JWT_SECRET: randomBytes(32).toString('hex') };
    const start = () => startTestApp(sharedSecrets, database);
    apps.push(...(await Promise.all([start(), start(), start()])));
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await database.drop();
  });

  it('all come up healthy', async () => {
    for (const app of apps) {
      const response = await app.request('GET', '/health');
      expect(response.status).toBe(200);
    }
  });

  it('ran each migration exactly once and made one bootstrap account', async () => {
    const migrations = await sql<{ name: string; runs: string }>(database.databaseUrl, 'SELECT name, count(*)::text AS runs FROM migrations GROUP BY name');
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.every((migration) => migration.runs === '1')).toBe(true);
    const admins = await sql<{ n: string }>(database.databaseUrl, `SELECT count(*)::text AS n FROM regulator_users WHERE email = 'admin@test.qorgau.kz'`);
    expect(admins[0].n).toBe('1');
  });

  it('serves a regulator signed in through one process on another', async () => {
    const token = await apps[0].signInAs('analyst');
    const response = await apps[1].request('GET', '/api/v1/admin/companies', { token });
    expect(response.status).toBe(200);
  });
});
