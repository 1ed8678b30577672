import type { AdminNotification, AuditEvent } from '@qorgau/shared';
import { createHash } from 'node:crypto';
import { lockAndReadUnlockToken, newAccountWithPassword, unlockMails as unlockMailsIn } from '../harness/account-lock';
import { listQuery } from '../harness/factories';
import { emailTo, startSmtpReceiver } from '../harness/notification-receivers';
import { sql as query } from '../harness/sql';
import { startTestApp, type TestApp } from '../harness/test-app';

/**
 * The lockout costs the attacker, not the account's owner (README "Security"): the tenth failure in
 * a row locks the account for 15 minutes (SPEC §5.1, 423 whatever password comes next) and e-mails
 * the account, through the outbox and a real SMTP server, a one-time token that with the right
 * password signs in despite the lock.
 */

let testApp: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let admin: string;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  testApp = await startTestApp({
    ...emailTo(smtp),
    // Every test here fails sign-ins on purpose, all from 127.0.0.1: the throttle is not under test.
    SIGN_IN_FAILURES_PER_ADDRESS_PER_MINUTE: '10000',
    SIGN_IN_FAILURES_PER_EMAIL_PER_MINUTE: '1000',
  });
  admin = await testApp.signInAs('admin');
});
afterAll(async () => {
  await testApp?.close();
  await smtp?.close();
});

const sql = (statement: string, parameters: unknown[] = []) => query<Record<string, any>>(testApp.databaseUrl, statement, parameters);
const login = (body: Record<string, unknown>) => testApp.request('POST', '/api/v1/auth/login', { body });
const newAccount = () => newAccountWithPassword(testApp, admin);
const lockAndReadToken = (email: string) => lockAndReadUnlockToken(testApp, smtp, email);
const unlockMails = (email: string) => unlockMailsIn(smtp, email);

const auditOf = async (userId: string, action: string): Promise<AuditEvent[]> => {
  const response = await testApp.request('GET', `/api/v1/admin/audit-events?${listQuery({ filter: { entityId: userId, action }, range: [0, 99] })}`, { token: admin });
  expect(response.status).toBe(200);
  return response.json();
};

describe('the unlock token of a locked account', () => {
  it('is e-mailed at the lock; with the right password it signs in despite the lock, once; a wrong password with it is refused', async () => {
    const account = await newAccount();
    const token = await lockAndReadToken(account.email);

    const [mail] = unlockMails(account.email);
    expect(mail.subject).toBe('Qorgau: тіркелгі бұғатталды / учётная запись заблокирована / account locked');
    expect(mail.text).toContain('Qorgau never asks for codes by phone');
    expect(mail.text).toContain('Qorgau никогда не просит коды по телефону');
    expect(mail.text).toContain('Qorgau кодты ешқашан телефонмен сұрамайды');
    expect(mail.text).not.toMatch(/https?:|www\.|\/\//);

    // SPEC's 423 stays for every caller without the token, the right password included.
    const locked = await login({ email: account.email, password: account.password });
    expect(locked.status).toBe(423);
    expect(await locked.json()).toMatchObject({ type: 'urn:qorgau:problem:account-locked', detail: expect.stringMatching(/locked until/) });
    // A well-formed token that is not this account's keeps it too.
    expect((await login({ email: account.email, password: account.password, unlockToken: 'x'.repeat(43) })).status).toBe(423);

    // A wrong password with the token is refused, and counts one of the token's attempts.
    expect((await login({ email: account.email, password: 'not the password', unlockToken: token })).status).toBe(423);

    const signedIn = await login({ email: account.email, password: account.password, unlockToken: token });
    expect(signedIn.status).toBe(200);
    expect((await signedIn.json()).user).toMatchObject({ id: account.id, email: account.email });
    const [state] = await sql(`SELECT failed_sign_ins, locked_until FROM regulator_users WHERE id = $1`, [account.id]);
    expect(state).toEqual({ failed_sign_ins: 0, locked_until: null });

    // Locked again: the used token is refused (a new one was sent), with the right password too.
    const second = await lockAndReadToken(account.email);
    expect(second).not.toBe(token);
    expect((await login({ email: account.email, password: account.password, unlockToken: token })).status).toBe(423);
    expect((await login({ email: account.email, password: 'still not the password', unlockToken: second })).status).toBe(423);
    expect((await login({ email: account.email, password: account.password, unlockToken: second })).status).toBe(200);

    // Every use is audited, and no event holds a token.
    expect(await auditOf(account.id, 'auth.unlock-token-issued')).toHaveLength(2);
    expect(await auditOf(account.id, 'auth.account-unlocked')).toHaveLength(2);
    const refusals = await auditOf(account.id, 'auth.unlock-token-refused');
    expect(refusals.map((event) => event.changes.reason?.after).sort()).toEqual(['used', 'wrong-password', 'wrong-password']);
    const [{ trail }] = await sql(`SELECT string_agg(changes::text, ' ') AS trail FROM audit_events WHERE entity_id = $1`, [account.id]);
    expect(trail).not.toContain(token);
    expect(trail).not.toContain(second);
  });

  it('is stored only as its hash: neither its table nor the outbox holds it, and the back office shows it masked', async () => {
    const account = await newAccount();
    const token = await lockAndReadToken(account.email);

    const rows = await sql(`SELECT id, token_hash, expires_at - created_at AS lifetime FROM account_unlock_tokens WHERE user_id = $1`, [account.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toEqual(createHash('sha256').update(token).digest());
    expect(rows[0].lifetime).toMatchObject({ hours: 1 });
    const [{ everything }] = await sql(
      `SELECT (SELECT string_agg(t::text, ' ') FROM account_unlock_tokens t) || (SELECT string_agg(n::text, ' ') FROM notifications n) AS everything`,
    );
    expect(everything).not.toContain(token);

    const outbox: AdminNotification[] = await (
      await testApp.request('GET', `/api/v1/admin/notifications?${listQuery({ filter: { type: 'account.unlock', subjectId: rows[0].id } })}`, { token: admin })
    ).json();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ type: 'account.unlock', channel: 'email', personRef: null, to: { email: expect.stringMatching(/\*\*\*@/) } });
    expect(outbox[0].text).toContain('/admin/?unlock=••••••');
    expect(outbox[0].text).not.toContain(token);
  });

  it('is refused once expired, after its attempts are spent, and for another account', async () => {
    const [expiring, spending, other] = [await newAccount(), await newAccount(), await newAccount()];
    const expiringToken = await lockAndReadToken(expiring.email);
    await sql(`UPDATE account_unlock_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [expiring.id]);
    expect((await login({ email: expiring.email, password: expiring.password, unlockToken: expiringToken })).status).toBe(423);

    const spendingToken = await lockAndReadToken(spending.email);
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await login({ email: spending.email, password: `wrong again ${attempt}`, unlockToken: spendingToken })).status).toBe(423);
    }
    expect((await login({ email: spending.email, password: spending.password, unlockToken: spendingToken })).status).toBe(423);

    await lockAndReadToken(other.email);
    expect((await login({ email: other.email, password: other.password, unlockToken: spendingToken })).status).toBe(423);

    expect((await auditOf(expiring.id, 'auth.unlock-token-refused')).map((event) => event.changes.reason?.after)).toEqual(['expired']);
    expect((await auditOf(spending.id, 'auth.unlock-token-refused')).map((event) => event.changes.reason?.after).sort()).toEqual([
      'spent',
      'wrong-password',
      'wrong-password',
      'wrong-password',
    ]);
    expect(await auditOf(other.id, 'auth.unlock-token-refused')).toEqual([]);
  });

  it('changes nothing for an account that is not locked, and refuses a malformed token at the edge', async () => {
    const account = await newAccount();
    expect((await login({ email: account.email, password: account.password, unlockToken: 'y'.repeat(43) })).status).toBe(200);
    expect((await login({ email: account.email, password: 'wrong', unlockToken: 'y'.repeat(43) })).status).toBe(401);
    for (const unlockToken of ['short', 'z'.repeat(44), 42, 'has space in it and is 43 characters long..']) {
      const response = await login({ email: account.email, password: account.password, unlockToken });
      expect(response.status).toBe(400);
      expect(Object.keys((await response.json()).errors)).toEqual(['unlockToken']);
    }
  });
});
