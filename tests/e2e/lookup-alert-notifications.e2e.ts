import type { AdminNotification, LookupAlert } from '@qorgau/shared';
import type { ParsedMail } from 'mailparser';
import { listQuery, newIin } from '../harness/factories';
import { channelsTo, eventually, startSmtpReceiver, startWebhookReceiver } from '../harness/notification-receivers';
import { TEST_ADMIN, startTestApp, type TestApp } from '../harness/test-app';

/**
 * SPEC §3.9 through notifications: the look-up alert reaches every active admin by e-mail, from the
 * outbox, through a real SMTP server; a disabled admin is not written to, and the webhook (the
 * citizen types only, SPEC §5.5) carries none of it.
 */

const LIMIT = 20;
const SECRET = 'webhook-secret-for-the-lookup-alert-tests-0123456789';
const REASON = 'The person called about a refused loan.';
let testApp: TestApp;
let webhook: Awaited<ReturnType<typeof startWebhookReceiver>>;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let admin: string;

beforeAll(async () => {
  webhook = await startWebhookReceiver(SECRET);
  smtp = await startSmtpReceiver();
  testApp = await startTestApp({
    ...channelsTo(webhook, smtp, SECRET),
    LOOKUP_ALERT_PER_HOUR: String(LIMIT),
  });
  admin = await testApp.signInAs('admin');
});
afterAll(async () => {
  await testApp?.close();
  await webhook?.close();
  await smtp?.close();
});

const me = async (token: string): Promise<{ id: string; email: string }> => (await testApp.request('GET', '/api/v1/auth/me', { token })).json();
const lookUp = (token: string) => testApp.request('GET', `/api/v1/admin/restrictions?${listQuery({ filter: { iin: newIin(), reason: REASON } })}`, { token });
const lookupAlertMails = () => smtp.messages.filter((mail) => mail.headers.get('qorgau-notification-type') === 'lookup.alert');
const addressOf = (mail: ParsedMail) => (mail.to && !Array.isArray(mail.to) ? mail.to.value.map((address) => address.address) : []);

describe('a look-up alert through notifications (SPEC §3.9)', () => {
  it('e-mails every active admin once, naming the account, and never a disabled admin or the webhook', async () => {
    // A second admin, then disabled: still an admin, no longer active.
    const disabledToken = await testApp.signInAs('admin');
    const disabled = await me(disabledToken);
    const record = await (await testApp.request('GET', `/api/v1/admin/users/${disabled.id}`, { token: admin })).json();
    expect((await testApp.request('PUT', `/api/v1/admin/users/${disabled.id}`, { token: admin, body: { ...record, active: false } })).status).toBe(200);
    const active = [TEST_ADMIN.email, (await me(admin)).email].sort();

    // Person look-ups are for reviewers (analysts see a breach's counts only): 21 by one account.
    const insider = await testApp.signInAs('reviewer');
    const insiderEmail = (await me(insider)).email;
    for (let index = 0; index <= LIMIT; index++) expect((await lookUp(insider)).status).toBe(200);
    const [alert]: LookupAlert[] = await (await testApp.request('GET', '/api/v1/admin/lookup-alerts', { token: admin })).json();
    expect(alert).toMatchObject({ actorEmail: insiderEmail, lookups: LIMIT + 1, limit: LIMIT });

    const mails = await eventually(() => (lookupAlertMails().length >= active.length ? lookupAlertMails() : undefined), 'the look-up alert e-mails');
    expect(mails.flatMap(addressOf).sort()).toEqual(active);
    for (const mail of mails) {
      expect(mail.subject).toBe('Qorgau: too many person look-ups by one account');
      expect(mail.text).toContain(`the reviewer account ${insiderEmail} made ${LIMIT + 1} person look-ups in the last hour, over the limit of ${LIMIT}`);
      expect(mail.text).toContain('Review them in the audit trail (filter by actor)');
      expect(mail.text).not.toMatch(/https?:/);
    }

    // The outbox shows them, delivered (marked just after the SMTP server took them), each recipient masked and no person.
    const lookupAlertOutbox = async (): Promise<AdminNotification[]> => {
      const response = await testApp.request('GET', `/api/v1/admin/notifications?${listQuery({ filter: { type: 'lookup.alert' }, range: [0, 99] })}`, { token: admin });
      expect(response.status).toBe(200);
      return response.json();
    };
    const outbox = await eventually(async () => {
      const messages = await lookupAlertOutbox();
      return messages.every((message) => message.status === 'delivered') ? messages : undefined;
    }, 'the look-up alerts marked delivered');
    expect(outbox).toHaveLength(active.length);
    for (const message of outbox) {
      expect(message).toMatchObject({ type: 'lookup.alert', channel: 'email', status: 'delivered', language: 'en', personRef: null, to: { email: expect.stringMatching(/^\w\*\*\*@/) } });
      expect(message.text).toContain(insiderEmail);
      expect(JSON.stringify(message)).not.toContain(TEST_ADMIN.email);
      expect((await (await testApp.request('GET', `/api/v1/admin/notifications/${message.id}`, { token: admin })).json()).personRef).toBeNull();
    }

    // More look-ups in the hour raise no other alert, so no other e-mail; the webhook got none.
    for (let index = 0; index < 3; index++) expect((await lookUp(insider)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(lookupAlertMails()).toHaveLength(active.length);
    expect(smtp.messages.flatMap(addressOf)).not.toContain(disabled.email);
    expect(webhook.deliveries.filter((delivery) => delivery.message.type === 'lookup.alert')).toEqual([]);
  });
});
