import type { AdminNotification, AdminStats, LiftCreated, MeContacts, MeInquiry } from '@qorgau/shared';
import { randomInt } from 'node:crypto';
import { citizenToken, listQuery, newIin } from '../harness/factories';
import { channelsTo, eventually, startSmtpReceiver, startWebhookReceiver, type WebhookDelivery } from '../harness/notification-receivers';
import { createLender, restrictedPeople, type Lender } from '../harness/restricted-people';
import { sql } from '../harness/sql';
import { startTestApp, type TestApp } from '../harness/test-app';

/**
 * Notifications (SPEC §3.8, §5.5) with real receivers: a node:http webhook receiver that checks the
 * signature, and a real SMTP server. A person saves a phone and an e-mail; a lender's check, a
 * lift, its cancel and a dispute decision each reach them, in their language; failing and hanging
 * receivers are retried with backoff, cut by the timeout, parked after the last try.
 */

const SECRET = 'webhook-secret-for-the-notification-tests-0123456789';
const MAX_ATTEMPTS = 5;
let testApp: TestApp;
let webhook: Awaited<ReturnType<typeof startWebhookReceiver>>;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let admin: string;
let lender: Lender;

beforeAll(async () => {
  webhook = await startWebhookReceiver(SECRET);
  smtp = await startSmtpReceiver();
  testApp = await startTestApp({
    ...channelsTo(webhook, smtp, SECRET),
    NOTIFY_TIMEOUT_MS: '1000',
    NOTIFY_BACKOFF_MS: '100',
    NOTIFY_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
  });
  admin = await testApp.signInAs('admin');
  lender = await createLender(testApp, admin, 'bank');
});
afterAll(async () => {
  await testApp?.close();
  await webhook?.close();
  await smtp?.close();
});

const newPhone = () => `+7701${String(randomInt(1e7)).padStart(7, '0')}`;

async function tokenWithClaims(iin: string, claims: { email?: string; phone_number?: string } = {}): Promise<string> {
  const response = await testApp.request('POST', '/api/v1/dev-idp/token', { body: { iin, ...claims } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { id_token: string }).id_token;
}

/** A person who saved a phone and an e-mail in `language`; returns their token and contacts. */
async function reachablePerson(language: 'kk' | 'ru' | 'en', iin = newIin()) {
  const phone = newPhone();
  const email = `person-${randomInt(1e9)}@mail.kz`;
  const token = await citizenToken(testApp, iin);
  const response = await testApp.request('PUT', '/api/v1/me/contacts', { token, body: { phone, email, language } });
  expect(response.status).toBe(200);
  return { iin, token, phone, email };
}

async function check(iin: string): Promise<string> {
  const response = await testApp.request('GET', `/api/v1/restrictions/${iin}?purpose=microcredit&reference=APP-${randomInt(1e6)}`, { token: lender.key });
  expect(response.status).toBe(200);
  return ((await response.json()) as { inquiryId: string }).inquiryId;
}

const webhookFor = (phone: string, type: string) => () => webhook.deliveries.find((d) => d.message.to.phone === phone && d.message.type === type);
const deliveriesFor = (phone: string) => webhook.deliveries.filter((d) => d.message.to.phone === phone);
const mailTo = (email: string) => () => smtp.messages.find((mail) => mail.to && !Array.isArray(mail.to) && mail.to.value.some((address) => address.address === email));

async function outbox(filter: Record<string, unknown>): Promise<AdminNotification[]> {
  const response = await testApp.request('GET', `/api/v1/admin/notifications?${listQuery({ filter, range: [0, 99] })}`, { token: admin });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-range')).toMatch(/^notifications \d+-\d+\/\d+|^notifications \*\/0/);
  return response.json();
}

describe('contacts', () => {
  it('offers the identity token’s claims, saves, normalises, removes and forgets', async () => {
    const iin = newIin();
    const token = await tokenWithClaims(iin, { email: 'Aigerim@Mail.KZ', phone_number: '8 (701) 123-45-67' });
    const empty: MeContacts = await (await testApp.request('GET', '/api/v1/me/contacts', { token })).json();
    expect(empty).toEqual({ email: null, phone: null, language: 'kk', suggested: { email: 'aigerim@mail.kz', phone: '+77011234567' } });

    const saved = await testApp.request('PUT', '/api/v1/me/contacts', { token, body: { email: ' Aigerim@Mail.KZ', phone: '+7 701 123 4567', language: 'ru' } });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ email: 'aigerim@mail.kz', phone: '+77011234567', language: 'ru' });

    // Encrypted at rest: neither value appears in the row.
    const [row] = await sql<{ email_ciphertext: Buffer; phone_ciphertext: Buffer }>(
      testApp.databaseUrl,
      `SELECT email_ciphertext, phone_ciphertext FROM citizen_contacts ORDER BY updated_at DESC LIMIT 1`,
    );
    expect(row.email_ciphertext.includes(Buffer.from('aigerim'))).toBe(false);
    expect(row.phone_ciphertext.includes(Buffer.from('1234567'))).toBe(false);

    const removedEmail: MeContacts = await (await testApp.request('PUT', '/api/v1/me/contacts', { token, body: { email: null } })).json();
    expect(removedEmail).toMatchObject({ email: null, phone: '+77011234567', language: 'ru' });

    const count = async () => (await sql<{ n: number }>(testApp.databaseUrl, `SELECT count(*)::int AS n FROM citizen_contacts`))[0].n;
    const before = await count();
    expect((await testApp.request('DELETE', '/api/v1/me/contacts', { token })).status).toBe(204);
    expect(await (await testApp.request('GET', '/api/v1/me/contacts', { token })).json()).toMatchObject({ email: null, phone: null, language: 'kk' });
    expect(await count()).toBe(before - 1);
  });

  it('refuses an invalid phone, e-mail or language with a 400 naming the field', async () => {
    const token = await citizenToken(testApp, newIin());
    const phone = await testApp.request('PUT', '/api/v1/me/contacts', { token, body: { phone: '+7 901 123 4567' } });
    expect(phone.status).toBe(400);
    expect(phone.headers.get('content-type')).toContain('application/problem+json');
    expect((await phone.json()).errors).toEqual({ phone: expect.any(String) });
    const email = await testApp.request('PUT', '/api/v1/me/contacts', { token, body: { email: 'someone@', language: 'de' } });
    expect(email.status).toBe(400);
    expect(Object.keys((await email.json()).errors).sort()).toEqual(['email', 'language']);
    const unknown = await testApp.request('PUT', '/api/v1/me/contacts', { token, body: { fax: '123' } });
    expect(unknown.status).toBe(400);
  });
});

describe('a lender’s check', () => {
  it('reaches the person at once by webhook, signed, and by e-mail, in their language', async () => {
    const person = await reachablePerson('ru');
    const unreachable = newIin();
    const inquiryId = await check(person.iin);
    const checkedAt = Date.now();
    await check(unreachable);

    const delivery = await eventually(webhookFor(person.phone, 'inquiry'), 'the inquiry webhook');
    expect(delivery.signatureValid).toBe(true);
    expect(delivery.signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(delivery.receivedAt - checkedAt).toBeLessThan(5000);
    expect(delivery.message).toEqual({
      id: expect.any(String),
      type: 'inquiry',
      occurredAt: expect.any(String),
      language: 'ru',
      to: { email: person.email, phone: person.phone },
      text: expect.stringContaining('проверил вас (микрокредит'),
      data: expect.objectContaining({ inquiryId, purpose: 'microcredit', restricted: false }),
    });
    expect(delivery.message.text).toContain('Qorgau не шлёт ссылок и не просит кодов.');
    expect(delivery.message.text).not.toMatch(/http/i);

    const mail = await eventually(mailTo(person.email), 'the inquiry e-mail');
    expect(mail.subject).toBe('Qorgau: вас проверил кредитор');
    expect(mail.text?.trim()).toBe(delivery.message.text);
    expect(mail.from?.text).toContain('noreply@qorgau.test');

    // Only reachable people get a message; the outbox shows it delivered, the contact masked.
    await eventually(async () => {
      const rows = await outbox({ subjectId: inquiryId });
      return (rows.length === 2 && rows.every((row) => row.status === 'delivered')) || undefined;
    }, 'both recorded delivered');
    const [webhookRow] = await outbox({ subjectId: inquiryId, channel: 'webhook' });
    expect(webhookRow).toMatchObject({ type: 'inquiry', status: 'delivered', tries: 1, lastError: null, channelConfigured: true, language: 'ru' });
    expect(webhookRow.to).toEqual({ email: expect.stringMatching(/^p\*\*\*@mail\.kz$/), phone: `+7 7** *** **${person.phone.slice(-2)}` });
    expect(JSON.stringify(webhookRow)).not.toContain(person.phone.slice(2));

    // The person's list of checks shows each check's alerts: the channels, delivered, and the text as sent.
    const [mine]: MeInquiry[] = await (await testApp.request('GET', '/api/v1/me/inquiries', { token: person.token })).json();
    expect(mine.alerts).toEqual([
      { channel: 'email', status: 'delivered', deliveredAt: expect.any(String), language: 'ru', text: delivery.message.text },
      { channel: 'webhook', status: 'delivered', deliveredAt: webhookRow.deliveredAt, language: 'ru', text: delivery.message.text },
    ]);
    const [unreachableCheck]: MeInquiry[] = await (await testApp.request('GET', '/api/v1/me/inquiries', { token: await citizenToken(testApp, unreachable) })).json();
    expect(unreachableCheck.alerts).toEqual([]);
    const unreachableRows = await sql(testApp.databaseUrl, `SELECT 1 FROM notifications n JOIN inquiries i ON i.inquiry_id = n.subject_id WHERE i.iin_hash NOT IN (SELECT iin_hash FROM citizen_contacts)`);
    expect(unreachableRows).toHaveLength(0);

    const stats: AdminStats = await (await testApp.request('GET', '/api/v1/admin/stats', { token: admin })).json();
    expect(stats.alertsDeliveredToday).toBeGreaterThanOrEqual(1);
  });

  it('tells everyone of a batch check who can be reached', async () => {
    const [first, second] = [await reachablePerson('en'), await reachablePerson('kk')];
    const response = await testApp.request('POST', '/api/v1/restrictions/check', { token: lender.key, body: { purpose: 'loan', reference: 'BATCH-1', iins: [first.iin, newIin(), second.iin] } });
    expect(response.status).toBe(200);
    const english = await eventually(webhookFor(first.phone, 'inquiry'), 'the first alert');
    const kazakh = await eventually(webhookFor(second.phone, 'inquiry'), 'the second alert');
    expect(english.message.text).toMatch(/^Qorgau: .+ checked you \(loan, \d\d\.\d\d \d\d:\d\d\): not restricted\. Not you\? Call your bank\./);
    expect(kazakh.message.language).toBe('kk');
    expect(kazakh.message.text).toContain('сізді тексерді (несие');
  });
});

describe('lifts and disputes', () => {
  it('tell the person of a lift asked for and of its cancel; the lift’s “in force” message goes with the cancel', async () => {
    const person = await reachablePerson('en');
    const created = await testApp.request('POST', '/api/v1/me/lifts', { token: person.token, body: { kind: 'permanent' } });
    expect(created.status).toBe(201);
    const lift: LiftCreated = await created.json();
    const pending = await eventually(webhookFor(person.phone, 'lift.pending'), 'the lift.pending message');
    expect(pending.message.data).toEqual({ liftId: lift.id, effectiveAt: lift.effectiveAt });
    expect(pending.message.text).toMatch(/^Qorgau: a lift of your restriction was asked for, in force from .+ Qorgau never sends links or asks for codes\.$/);
    // Waiting in the outbox until the lift takes effect (a day's cooling-off).
    const [scheduled] = await outbox({ subjectId: lift.id, type: 'lift.effective', channel: 'webhook' });
    expect(scheduled).toMatchObject({ status: 'pending', tries: 0, nextAttemptAt: lift.effectiveAt });

    expect((await testApp.request('DELETE', `/api/v1/me/lifts/${lift.id}`, { token: person.token })).status).toBe(200);
    const cancelled = await eventually(webhookFor(person.phone, 'lift.cancelled'), 'the lift.cancelled message');
    expect(cancelled.message.data).toEqual({ liftId: lift.id, by: 'citizen' });
    expect(await outbox({ subjectId: lift.id, type: 'lift.effective' })).toHaveLength(0);
    await eventually(mailTo(person.email), 'the lift e-mails');
  });

  it('tell the person when a lift takes effect', async () => {
    const person = await reachablePerson('kk');
    // The lift takes effect after a day's cooling-off: its waiting message is brought forward, as the clock would.
    const created = await testApp.request('POST', '/api/v1/me/lifts', { token: person.token, body: { kind: 'permanent' } });
    const lift: LiftCreated = await created.json();
    await sql(testApp.databaseUrl, `UPDATE notifications SET next_attempt_at = now() WHERE subject_id = $1 AND type = 'lift.effective'`, [lift.id]);
    const effective = await eventually(webhookFor(person.phone, 'lift.effective'), 'the lift.effective message');
    expect(effective.message.language).toBe('kk');
    expect(effective.message.text).toContain('бастап алынды');
  });

  it('tell the person of a dispute’s decision', async () => {
    const { breach, iins } = await restrictedPeople(testApp, admin, 1);
    const person = await reachablePerson('ru', iins[0]);
    const opened = await testApp.request('POST', '/api/v1/me/disputes', { token: person.token, body: { breachId: breach.id, reason: 'not_mine', text: 'Not my data.' } });
    expect(opened.status).toBe(201);
    const { id } = (await opened.json()) as { id: string };
    const reviewer = await testApp.signInAs('reviewer');
    expect((await testApp.request('POST', `/api/v1/admin/disputes/${id}/decision`, { token: reviewer, body: { outcome: 'accepted', reason: 'The company confirmed the record is not this person’s.' } })).status).toBe(200);
    const decided = await eventually(webhookFor(person.phone, 'dispute.decided'), 'the dispute.decided message');
    expect(decided.message.data).toEqual({ disputeId: id, outcome: 'accepted' });
    expect(decided.message.text).toContain('оспаривание принято');
  });
});

describe('delivery', () => {
  it('retries a failing receiver with backoff until it takes the message, once more, then marks it delivered', async () => {
    const person = await reachablePerson('en');
    webhook.setAnswer((delivery) => (delivery.message.to.phone === person.phone && deliveriesFor(person.phone).length <= 3 ? 503 : 200));
    try {
      const inquiryId = await check(person.iin);
      await eventually(async () => ((await outbox({ subjectId: inquiryId, channel: 'webhook' }))[0]?.status === 'delivered') || undefined, 'delivered after retries');
      const tries = deliveriesFor(person.phone);
      expect(tries).toHaveLength(4);
      expect(new Set(tries.map((delivery) => delivery.message.id)).size).toBe(1);
      expect(tries.every((delivery) => delivery.rawBody === tries[0].rawBody && delivery.signatureValid)).toBe(true);
      // Exponential: each wait at least half of 100, 200, 400 ms.
      const gaps = tries.slice(1).map((delivery, index) => delivery.receivedAt - tries[index].receivedAt);
      gaps.forEach((gap, index) => expect(gap).toBeGreaterThanOrEqual(50 * 2 ** index - 10));
      const [row] = await outbox({ subjectId: inquiryId, channel: 'webhook' });
      expect(row).toMatchObject({ status: 'delivered', tries: 4, lastError: null });
    } finally {
      webhook.setAnswer(() => 200);
    }
  });

  it('cuts a hanging receiver at the timeout without holding back other messages, and tries again', async () => {
    const stuck = await reachablePerson('en');
    const other = await reachablePerson('en');
    webhook.setAnswer((delivery) => (delivery.message.to.phone === stuck.phone && deliveriesFor(stuck.phone).length === 1 ? 'hang' : 200));
    try {
      const stuckInquiry = await check(stuck.iin);
      await eventually(() => deliveriesFor(stuck.phone)[0], 'the hanging request');
      const started = Date.now();
      await check(other.iin);
      const otherDelivery = await eventually(webhookFor(other.phone, 'inquiry'), 'the other message');
      expect(otherDelivery.receivedAt - started).toBeLessThan(1000);
      await eventually(async () => ((await outbox({ subjectId: stuckInquiry, channel: 'webhook' }))[0]?.status === 'delivered') || undefined, 'delivered after the timeout');
      const attempts = deliveriesFor(stuck.phone);
      expect(attempts).toHaveLength(2);
      expect(attempts[1].receivedAt - attempts[0].receivedAt).toBeGreaterThanOrEqual(1000);
      expect((await outbox({ subjectId: stuckInquiry, channel: 'webhook' }))[0]).toMatchObject({ tries: 2, status: 'delivered' });
    } finally {
      webhook.setAnswer(() => 200);
    }
  });

  it('parks a message after the last try; an admin retries it', async () => {
    const person = await reachablePerson('en');
    let refusing = true;
    webhook.setAnswer((delivery: WebhookDelivery) => (delivery.message.to.phone === person.phone && refusing ? 500 : 200));
    try {
      const inquiryId = await check(person.iin);
      const [parked] = await eventually(async () => {
        const rows = await outbox({ subjectId: inquiryId, channel: 'webhook', status: 'parked' });
        return rows.length > 0 ? rows : undefined;
      }, 'the parked message');
      expect(parked).toMatchObject({ status: 'parked', tries: MAX_ATTEMPTS, lastError: 'HTTP 500', nextAttemptAt: null });
      expect(deliveriesFor(person.phone)).toHaveLength(MAX_ATTEMPTS);

      const auditor = await testApp.signInAs('auditor');
      expect((await testApp.request('POST', `/api/v1/admin/notifications/${parked.id}/retry`, { token: auditor })).status).toBe(403);
      refusing = false;
      const retried = await testApp.request('POST', `/api/v1/admin/notifications/${parked.id}/retry`, { token: admin });
      expect(retried.status).toBe(200);
      expect((await retried.json()).status).toMatch(/pending|delivered/);
      await eventually(async () => ((await outbox({ id: parked.id }))[0]?.status === 'delivered') || undefined, 'delivered after the retry');
      expect((await testApp.request('POST', `/api/v1/admin/notifications/${parked.id}/retry`, { token: admin })).status).toBe(409);
    } finally {
      webhook.setAnswer(() => 200);
    }
  });

  it('lists the outbox by status, with a 400 for an unknown one', async () => {
    const delivered = await outbox({ status: 'delivered' });
    expect(delivered.length).toBeGreaterThan(0);
    expect(delivered.every((row) => row.status === 'delivered' && row.deliveredAt !== null)).toBe(true);
    const bad = await testApp.request('GET', `/api/v1/admin/notifications?${listQuery({ filter: { status: 'lost' } })}`, { token: admin });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors).toHaveProperty(['filter.status']);
  });
});
