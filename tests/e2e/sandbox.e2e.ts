import { QorgauClient } from '@qorgau/lender-client';
import { randomBytes } from 'node:crypto';
import { SANDBOX_IINS, SANDBOX_RESTRICTED_UNTIL } from '../../api/src/sandbox/sandbox-people';
import { createLender } from '../harness/restricted-people';
import { sql } from '../harness/sql';
import { createTestDatabase, startTestApp, type TestApp } from '../harness/test-app';

/*
 * The sandbox of docs/lenders.md: in development, the documented test IINs answer the same way
 * always, so that a lender's CI can run against a local Qorgau. Checked through the lender client,
 * so every answer is also verified against the published keys.
 */

/** Development, with the secrets a second process on the same database shares. */
const development = { NODE_ENV: 'development', REGISTRY_PEPPER: randomBytes(32).toString('hex'), JWT_SECRET: randomBytes(32).toString('hex') };
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let testApp: TestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await startTestApp(development, database);
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const context = { purpose: 'loan', reference: 'CI-SANDBOX-1' } as const;

it('answers the documented sandbox IINs as documented, to a bank and to an MFO', async () => {
  // The IINs as docs/lenders.md lists them.
  expect(SANDBOX_IINS).toEqual({ restricted: '000000000101', liftedForBanks: '000000000209', neverSeen: '000000000308' });
  const admin = await testApp.signInAs('admin');
  const answersTo = async (kind: 'bank' | 'mfo') => {
    const client = new QorgauClient({ baseUrl: testApp.baseUrl, apiKey: (await createLender(testApp, admin, kind)).key });
    const answers: Record<string, unknown> = {};
    for (const [name, iin] of Object.entries(SANDBOX_IINS)) {
      const { restricted, restrictedUntil } = await client.check(iin, context);
      answers[name] = { restricted, restrictedUntil };
    }
    return answers;
  };

  expect(await answersTo('bank')).toEqual({
    restricted: { restricted: true, restrictedUntil: SANDBOX_RESTRICTED_UNTIL },
    liftedForBanks: { restricted: false, restrictedUntil: null },
    neverSeen: { restricted: false, restrictedUntil: null },
  });
  expect(await answersTo('mfo')).toEqual({
    restricted: { restricted: true, restrictedUntil: SANDBOX_RESTRICTED_UNTIL },
    liftedForBanks: { restricted: true, restrictedUntil: SANDBOX_RESTRICTED_UNTIL },
    neverSeen: { restricted: false, restrictedUntil: null },
  });
});

it('places them once: a second start on the same database adds nothing', async () => {
  const counts = () => sql<{ protections: number; lifts: number }>(testApp.databaseUrl, 'SELECT (SELECT count(*)::int FROM protections) AS protections, (SELECT count(*)::int FROM lifts) AS lifts');
  expect(await counts()).toEqual([{ protections: 2, lifts: 1 }]);
  const second = await startTestApp(development, database);
  await second.close();
  expect(await counts()).toEqual([{ protections: 2, lifts: 1 }]);
});
