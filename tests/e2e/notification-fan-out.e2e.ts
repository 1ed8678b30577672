import { randomInt } from 'node:crypto';
import { citizenToken, createBreach, createCompany, loadExposures, moveBreach, newIin, waitForRestrictionJobs } from '../harness/factories';
import { eventually, startWebhookReceiver } from '../harness/notification-receivers';
import { sql } from '../harness/sql';
import { startTestApp, type TestApp } from '../harness/test-app';

/**
 * The breach-driven notifications (SPEC §3.8) with a real, signature-checking webhook receiver:
 * everyone reachable in a confirmed breach is told once — people loaded later too, by the late
 * load's restriction job — and a person is told a week before their restriction ends, once.
 */

const SECRET = 'webhook-secret-for-the-fan-out-tests-0123456789abcdef';
let testApp: TestApp;
let webhook: Awaited<ReturnType<typeof startWebhookReceiver>>;
let admin: string;

beforeAll(async () => {
  webhook = await startWebhookReceiver(SECRET);
  testApp = await startTestApp({
    NOTIFY_WEBHOOK_URL: webhook.url,
    NOTIFY_WEBHOOK_SECRET: SECRET,
    NOTIFY_POLL_MS: '50',
    NOTIFY_ENDING_SWEEP_MS: '200',
    // Several chunks per job: each chunk writes its own people's alerts.
    RESTRICTION_CHUNK_SIZE: '2',
  });
  admin = await testApp.signInAs('admin');
});
afterAll(async () => {
  await testApp?.close();
  await webhook?.close();
});

const newPhone = () => `+7702${String(randomInt(1e7)).padStart(7, '0')}`;

async function reachablePerson(language: 'kk' | 'ru' | 'en') {
  const iin = newIin();
  const phone = newPhone();
  const token = await citizenToken(testApp, iin);
  const response = await testApp.request('PUT', '/api/v1/me/contacts', { token, body: { phone, language } });
  expect(response.status).toBe(200);
  return { iin, phone };
}

const deliveries = (phone: string, type: string) => webhook.deliveries.filter((d) => d.message.to.phone === phone && d.message.type === type);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function outboxCount(type: string, subjectId: string | null): Promise<number> {
  const [{ n }] = await sql<{ n: number }>(
    testApp.databaseUrl,
    `SELECT count(*)::int AS n FROM notifications WHERE type = $1 AND ($2::uuid IS NULL OR subject_id = $2::uuid)`,
    [type, subjectId],
  );
  return n;
}

describe('exposure in a confirmed breach', () => {
  it('tells every reachable person once, people loaded after the confirmation too', async () => {
    const company = await createCompany(testApp, admin, { name: 'Qazaq Telecom JSC' });
    const draft = await createBreach(testApp, admin, company.id);
    const reachable = [await reachablePerson('en'), await reachablePerson('ru'), await reachablePerson('kk')];
    const unreachable = [newIin(), newIin()];
    await loadExposures(testApp, admin, draft.id, `iin\n${[...reachable.map((p) => p.iin), ...unreachable].join('\n')}\n`);
    // Nothing is said while the breach is unconfirmed.
    await pause(300);
    expect(await outboxCount('exposure', draft.id)).toBe(0);

    const breach = await moveBreach(testApp, admin, draft.id, ['investigating', 'confirmed']);
    await waitForRestrictionJobs(testApp, admin, breach.id, 1);
    expect(await outboxCount('exposure', breach.id)).toBe(3);
    for (const person of reachable) {
      const [delivery] = await eventually(() => (deliveries(person.phone, 'exposure').length > 0 ? deliveries(person.phone, 'exposure') : undefined), 'the exposure alert');
      expect(delivery.signatureValid).toBe(true);
      expect(delivery.message.data).toEqual({ breachId: breach.id, companyName: 'Qazaq Telecom JSC' });
      expect(delivery.message.text).not.toMatch(/http/i);
    }
    const [english] = deliveries(reachable[0].phone, 'exposure');
    expect(english.message).toMatchObject({ language: 'en', to: { phone: reachable[0].phone } });
    expect(english.message.text).toBe(
      'Qorgau: your data was found in a leak from Qazaq Telecom JSC; new loans to you are restricted. Qorgau never sends links or asks for codes.',
    );
    expect(deliveries(reachable[1].phone, 'exposure')[0].message.text).toContain('утечке Qazaq Telecom JSC');

    // A later load: one person told already, one new reachable person, one who cannot be reached.
    const late = await reachablePerson('ru');
    await loadExposures(testApp, admin, breach.id, `iin\n${reachable[0].iin}\n${late.iin}\n${newIin()}\n`);
    await waitForRestrictionJobs(testApp, admin, breach.id, 2);
    await eventually(() => deliveries(late.phone, 'exposure')[0], 'the late load’s alert');
    expect(await outboxCount('exposure', breach.id)).toBe(4);
    await pause(300);
    for (const person of [...reachable, late]) expect(deliveries(person.phone, 'exposure')).toHaveLength(1);
    const [{ delivered }] = await sql<{ delivered: number }>(
      testApp.databaseUrl,
      `SELECT count(*)::int AS delivered FROM notifications WHERE type = 'exposure' AND subject_id = $1 AND status = 'delivered'`,
      [breach.id],
    );
    expect(delivered).toBe(4);
  });
});

describe('a retracted breach', () => {
  it('withdraws the exposure alerts not yet delivered', async () => {
    const company = await createCompany(testApp, admin, { name: 'Not A Leak LLP' });
    const draft = await createBreach(testApp, admin, company.id);
    const people = [await reachablePerson('en'), await reachablePerson('kk')];
    const phones = new Set(people.map((person) => person.phone));
    // The gateway refuses these people's messages: they stay pending, retried.
    webhook.setAnswer((delivery) => (phones.has(delivery.message.to.phone ?? '') ? 503 : 200));
    await loadExposures(testApp, admin, draft.id, `iin\n${people.map((person) => person.iin).join('\n')}\n`);
    const breach = await moveBreach(testApp, admin, draft.id, ['investigating', 'confirmed']);
    await waitForRestrictionJobs(testApp, admin, breach.id, 1);
    await eventually(() => (people.every((person) => deliveries(person.phone, 'exposure').length > 0) ? true : undefined), 'the refused first tries');
    expect(await outboxCount('exposure', breach.id)).toBe(2);

    await moveBreach(testApp, admin, breach.id, ['retracted']);
    await waitForRestrictionJobs(testApp, admin, breach.id, 2);
    expect(await outboxCount('exposure', breach.id)).toBe(0);
    webhook.setAnswer(() => 200);
    const tried = people.map((person) => deliveries(person.phone, 'exposure').length);
    await pause(500);
    expect(people.map((person) => deliveries(person.phone, 'exposure').length)).toEqual(tried);
  });
});

describe('a restriction ending', () => {
  async function restrictedAlone(person: { iin: string }): Promise<string> {
    const company = await createCompany(testApp, admin);
    const draft = await createBreach(testApp, admin, company.id);
    await loadExposures(testApp, admin, draft.id, `iin\n${person.iin}\n`);
    const breach = await moveBreach(testApp, admin, draft.id, ['investigating', 'confirmed']);
    await waitForRestrictionJobs(testApp, admin, breach.id, 1);
    return breach.id;
  }

  it('is told a week before, once, with the day it ends; a restriction not ending soon is not', async () => {
    const ending = await reachablePerson('en');
    const lasting = await reachablePerson('en');
    const endingBreach = await restrictedAlone(ending);
    await restrictedAlone(lasting);
    await pause(500);
    expect(deliveries(ending.phone, 'restriction.ending')).toHaveLength(0);

    // A year on: the first person's restriction ends in three days.
    const [{ ends_at: endsAt }] = await sql<{ ends_at: Date }>(
      testApp.databaseUrl,
      `UPDATE restrictions SET starts_at = now() - interval '362 days', ends_at = date_trunc('minute', now()) + interval '3 days'
        WHERE breach_id = $1 RETURNING ends_at`,
      [endingBreach],
    );
    const told = await eventually(() => deliveries(ending.phone, 'restriction.ending')[0], 'the restriction.ending message');
    expect(told.signatureValid).toBe(true);
    expect(told.message).toMatchObject({ type: 'restriction.ending', language: 'en', data: { endsAt: endsAt.toISOString() } });
    expect(told.message.text).toMatch(/^Qorgau: your restriction on new loans ends \d\d\.\d\d \d\d:\d\d\. You can extend it on the portal\. Qorgau never sends links or asks for codes\.$/);

    // Swept again and again (every 200 ms here): still told once; the other person not at all.
    await pause(1000);
    expect(deliveries(ending.phone, 'restriction.ending')).toHaveLength(1);
    expect(deliveries(lasting.phone, 'restriction.ending')).toHaveLength(0);
    expect(await outboxCount('restriction.ending', null)).toBe(1);

    // Extended by a protection of their own: a new end, told again when it comes near.
    await sql(testApp.databaseUrl, `INSERT INTO protections (iin_hash, starts_at, ends_at) SELECT iin_hash, now(), date_trunc('minute', now()) + interval '5 days' FROM restrictions WHERE breach_id = $1`, [endingBreach]);
    await eventually(() => (deliveries(ending.phone, 'restriction.ending').length === 2 ? true : undefined), 'the message about the new end');
    expect(await outboxCount('restriction.ending', null)).toBe(2);
  });
});
