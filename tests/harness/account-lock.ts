import type { ParsedMail } from 'mailparser';
import { eventually } from './notification-receivers';
import type { TestApp } from './test-app';

const TOKEN_IN_MAIL = /\/admin\/\?unlock=([A-Za-z0-9_-]{43})/g;
const addressOf = (mail: ParsedMail) => (mail.to && !Array.isArray(mail.to) ? mail.to.value.map((address) => address.address) : []);

/** The `account.unlock` e-mails the SMTP receiver holds for `email`, oldest first. */
export function unlockMails(smtp: { messages: ParsedMail[] }, email: string): ParsedMail[] {
  return smtp.messages.filter((mail) => mail.headers.get('qorgau-notification-type') === 'account.unlock' && addressOf(mail).includes(email));
}

/** A new analyst whose password the test knows, set by an admin's reset through the API. */
export async function newAccountWithPassword(testApp: TestApp, adminToken: string): Promise<{ id: string; email: string; password: string }> {
  const token = await testApp.signInAs('analyst');
  const me: { id: string; email: string } = await (await testApp.request('GET', '/api/v1/auth/me', { token })).json();
  const password = `the right password ${me.id.slice(0, 8)}`;
  const record = await (await testApp.request('GET', `/api/v1/admin/users/${me.id}`, { token: adminToken })).json();
  const reset = await testApp.request('PUT', `/api/v1/admin/users/${me.id}`, { token: adminToken, body: { ...record, password } });
  if (reset.status !== 200) throw new Error(`Could not set the password: ${reset.status} ${await reset.text()}`);
  return { id: me.id, email: me.email, password };
}

/**
 * Ten wrong passwords in a row (SPEC §5.1: nine 401s, then the 423 of the lock), then the unlock
 * token from the e-mail the lock sent: the same token in each of its three languages.
 */
export async function lockAndReadUnlockToken(testApp: TestApp, smtp: { messages: ParsedMail[] }, email: string): Promise<string> {
  const before = unlockMails(smtp, email).length;
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 10; attempt++) {
    statuses.push((await testApp.request('POST', '/api/v1/auth/login', { body: { email, password: `wrong-${attempt}` } })).status);
  }
  if (statuses.join() !== [...Array(9).fill(401), 423].join()) throw new Error(`Ten wrong passwords answered ${statuses.join(', ')}`);
  const mail = await eventually(() => unlockMails(smtp, email)[before], 'the unlock e-mail');
  const tokens = new Set([...(mail.text ?? '').matchAll(TOKEN_IN_MAIL)].map((match) => match[1]));
  if (tokens.size !== 1) throw new Error(`The unlock e-mail holds ${tokens.size} tokens`);
  return [...tokens][0];
}
