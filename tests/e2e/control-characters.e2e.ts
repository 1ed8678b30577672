import { randomUUID } from 'node:crypto';
import { InquiryRecorder } from '../../api/src/inquiries/inquiry-recorder';
import type { InquiryToRecord } from '../../api/src/inquiries/inquiry-recorder.repository';
import { citizenToken, createBank, createBankKey, createBreach, createCompany, newBin, newIin } from '../harness/factories';
import { sql } from '../harness/sql';
import { startTestApp, type TestApp } from '../harness/test-app';

let testApp: TestApp;
let admin: string;
beforeAll(async () => {
  // High enough that the honest lender's burst is never rate-limited: only the NUL may fail a check.
  testApp = await startTestApp({ BANK_RATE_LIMIT_PER_SECOND: '10000' });
  admin = await testApp.signInAs('admin');
});
afterAll(() => testApp.close());

async function expectFieldRefused(response: Response, field: string, message: unknown = expect.stringContaining('control characters')) {
  const text = await response.text();
  expect({ status: response.status, text }).toMatchObject({ status: 400 });
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(JSON.parse(text).errors).toEqual({ [field]: message });
}

describe('one lender cannot break another lender’s checks', () => {
  it('answers every honest check while another lender sends references with a NUL', async () => {
    const honest = (await createBankKey(testApp, admin, (await createBank(testApp, admin)).id)).key;
    const evil = (await createBankKey(testApp, admin, (await createBank(testApp, admin)).id)).key;
    const check = (key: string, reference: string) => testApp.request('GET', `/api/v1/restrictions/${newIin()}?purpose=loan&reference=${reference}`, { token: key });
    const honestChecks = Array.from({ length: 180 }, (_, index) => check(honest, `APP-${index}`));
    const evilChecks = Array.from({ length: 18 }, () => check(evil, 'evil%00x'));
    const [honestAnswers, evilAnswers] = await Promise.all([Promise.all(honestChecks), Promise.all(evilChecks)]);
    expect(honestAnswers.map((response) => response.status)).toEqual(Array(180).fill(200));
    for (const response of evilAnswers) await expectFieldRefused(response, 'reference');
  });

  it('refuses a NUL in a batch check’s reference and in its IINs, naming the field', async () => {
    const key = (await createBankKey(testApp, admin, (await createBank(testApp, admin)).id)).key;
    await expectFieldRefused(await testApp.request('POST', '/api/v1/restrictions/check', { token: key, body: { purpose: 'loan', reference: 'A\u0000', iins: [newIin()] } }), 'reference');
    await expectFieldRefused(await testApp.request('POST', '/api/v1/restrictions/check', { token: key, body: { purpose: 'loan', reference: 'A', iins: [newIin(), '\u0000'] } }), 'iins.1');
  });

  it('commits every other inquiry of a group commit when the database refuses one row', async () => {
    const recorder = testApp.app.get(InquiryRecorder);
    const bankId = (await createBank(testApp, admin)).id;
    const inquiry = (reference: string): InquiryToRecord => ({
      inquiryId: randomUUID(),
      bankId,
      purpose: 'loan',
      reference,
      iinHashes: [Buffer.alloc(32, 7)],
      statuses: [{ restricted: false, restrictedUntil: null }],
      checkedAt: new Date(),
    });
    // The edge refuses such a reference; this row reaches the database only when called past it.
    const inquiries = Array.from({ length: 60 }, (_, index) => inquiry(index === 30 ? 'evil\u0000x' : `APP-${index}`));
    const outcomes = await Promise.allSettled(inquiries.map((item) => recorder.record(item)));
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([{ status: 'rejected', reason: expect.objectContaining({ code: '22021' }) }]);
    expect(outcomes[30].status).toBe('rejected');
    const [{ count }] = await sql<{ count: string }>(testApp.databaseUrl, 'SELECT count(*) FROM inquiries WHERE bank_id = $1', [bankId]);
    expect(Number(count)).toBe(59);
  });
});

describe('a control character in any free-text field is a 400 naming it', () => {
  it('in a company, a breach, a transition reason and a user', async () => {
    await expectFieldRefused(await testApp.request('POST', '/api/v1/admin/companies', { token: admin, body: { name: 'Evil\u0000 LLP', bin: newBin(), sector: 'retail' } }), 'name');
    const company = await createCompany(testApp, admin);
    await expectFieldRefused(await testApp.request('POST', '/api/v1/admin/breaches', { token: admin, body: { companyId: company.id, title: 'Leak\u0000' } }), 'title');
    await expectFieldRefused(await testApp.request('POST', '/api/v1/admin/breaches', { token: admin, body: { companyId: company.id, description: 'bell\u0007' } }), 'description');
    const breach = await createBreach(testApp, admin, company.id);
    await expectFieldRefused(await testApp.request('POST', `/api/v1/admin/breaches/${breach.id}/transitions`, { token: admin, body: { to: 'investigating', reason: 'why\u0000' } }), 'reason');
    await expectFieldRefused(await testApp.request('POST', '/api/v1/admin/users', { token: admin, body: { email: 'x\u0000@test.qorgau.kz', role: 'analyst', password: 'a long enough password' } }), 'email');
  });

  it('in a citizen’s dispute text', async () => {
    const citizen = await citizenToken(testApp, newIin());
    await expectFieldRefused(await testApp.request('POST', '/api/v1/me/disputes', { token: citizen, body: { breachId: randomUUID(), reason: 'not_mine', text: 'it was\u0000not me' } }), 'text', expect.anything());
  });

  it('in query and path parameters', async () => {
    await expectFieldRefused(await testApp.request('GET', '/api/v1/public/breaches?q=a%00b'), 'q');
    await expectFieldRefused(await testApp.request('GET', `/api/v1/admin/companies?filter=${encodeURIComponent('{"q":"a\\u0000"}')}`, { token: admin }), 'filter.q');
    await expectFieldRefused(await testApp.request('GET', '/api/v1/admin/companies/a%00b', { token: admin }), 'id');
  });

  it('keeps line breaks and tabs in multi-line text', async () => {
    const company = await createCompany(testApp, admin);
    const breach = await createBreach(testApp, admin, company.id, { description: 'first\r\nsecond\tend' });
    expect(breach.description).toBe('first\r\nsecond\tend');
  });
});
