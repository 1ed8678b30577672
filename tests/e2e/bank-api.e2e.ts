import type { BatchCheckResponse, BreachTransition, InquiryView, RestrictionAnswer } from '@qorgau/shared';
import { createBank, createBankKey, createBreach, createCompany, listQuery, loadExposures, moveBreach, newIin } from '../harness/factories';
import { verifyWithPublishedKeys } from '../harness/signatures';
import { startTestApp, type TestApp } from '../harness/test-app';

let testApp: TestApp;
let admin: string;
let bankId: string;
let key: string;
beforeAll(async () => {
  testApp = await startTestApp();
  admin = await testApp.signInAs('admin');
  bankId = (await createBank(testApp, admin, { kind: 'mfo' })).id;
  key = (await createBankKey(testApp, admin, bankId)).key;
});
afterAll(() => testApp.close());

const DAY_MS = 86_400_000;
/** Every inquiry id the lender was given, to find in the back office. */
const inquiryIds = new Set<string>();
const iinsAsked = new Set<string>();

async function checkOne(iin: string, query = 'purpose=microcredit&reference=APP-42'): Promise<RestrictionAnswer> {
  const response = await testApp.request('GET', `/api/v1/restrictions/${iin}?${query}`, { token: key });
  if (response.status !== 200) throw new Error(`${response.status} ${await response.text()}`);
  const answer: RestrictionAnswer = await response.json();
  inquiryIds.add(answer.inquiryId);
  iinsAsked.add(iin);
  return answer;
}

async function checkMany(iins: string[]): Promise<BatchCheckResponse> {
  const response = await testApp.request('POST', '/api/v1/restrictions/check', { token: key, body: { purpose: 'loan', reference: 'BATCH-7', iins } });
  if (response.status !== 200) throw new Error(`${response.status} ${await response.text()}`);
  const answer: BatchCheckResponse = await response.json();
  inquiryIds.add(answer.inquiryId);
  iins.forEach((iin) => iinsAsked.add(iin.trim()));
  return answer;
}

async function pollUntil(iin: string, restricted: boolean): Promise<RestrictionAnswer> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const answer = await checkOne(iin);
    if (answer.restricted === restricted) return answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${iin} never became ${restricted ? 'restricted' : 'unrestricted'}`);
}

describe('a lender checking people through a breach’s life', () => {
  const exposed = [newIin(), newIin()];
  const neverSeen = newIin();
  let restrictedAnswer: RestrictionAnswer;

  it('sees nobody restricted before the breach is confirmed', async () => {
    const company = await createCompany(testApp, admin);
    const breach = await createBreach(testApp, admin, company.id, { restrictionDays: 30 });
    const job = await loadExposures(testApp, admin, breach.id, `iin\n${exposed.join('\n')}\n`);
    expect(job).toMatchObject({ status: 'done', accepted: 2 });

    const answer = await checkOne(exposed[0]);
    expect(answer).toEqual({
      iin: exposed[0],
      restricted: false,
      restrictedUntil: null,
      inquiryId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      checkedAt: expect.any(String),
      signature: expect.any(String),
    });

    await moveBreach(testApp, admin, breach.id, ['investigating', 'confirmed']);
    const transitions: BreachTransition[] = await (await testApp.request('GET', `/api/v1/admin/breaches/${breach.id}/transitions`, { token: admin })).json();
    const confirmedAt = Date.parse(transitions.find((transition) => transition.to === 'confirmed')!.at);

    restrictedAnswer = await pollUntil(exposed[0], true);
    expect(restrictedAnswer.restrictedUntil).toBe(new Date(confirmedAt + 30 * DAY_MS).toISOString());
    expect((await checkOne(neverSeen)).restricted).toBe(false);

    const batch = await checkMany([exposed[1], neverSeen, exposed[1], ` ${exposed[0]} `]);
    expect(batch).toEqual({
      results: [
        { iin: exposed[1], restricted: true, restrictedUntil: restrictedAnswer.restrictedUntil },
        { iin: neverSeen, restricted: false, restrictedUntil: null },
        { iin: exposed[0], restricted: true, restrictedUntil: restrictedAnswer.restrictedUntil },
      ],
      inquiryId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      checkedAt: expect.any(String),
    });

    await moveBreach(testApp, admin, breach.id, ['retracted']);
    expect((await checkOne(exposed[0])).restricted).toBe(false);
  });

  it('gets answers whose signature verifies with the published keys (jose) over exactly the other fields', async () => {
    const { signature, ...fields } = restrictedAnswer;
    const result = await verifyWithPublishedKeys(testApp.baseUrl, signature);
    expect(result).toEqual({ verified: true, payload: fields, protectedHeader: { alg: 'EdDSA', kid: expect.any(String) } });

    const [header, , signed] = signature.split('.');
    const forged = Buffer.from(JSON.stringify({ ...fields, restricted: false })).toString('base64url');
    expect(await verifyWithPublishedKeys(testApp.baseUrl, `${header}.${forged}.${signed}`)).toEqual({ verified: false, error: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });

    const jwks = await testApp.request('GET', '/api/v1/.well-known/jwks.json');
    expect(jwks.headers.get('cache-control')).toBe('public, max-age=300');
    expect((await jwks.json()).keys).toEqual([{ kty: 'OKP', crv: 'Ed25519', x: expect.any(String), kid: expect.any(String), alg: 'EdDSA', use: 'sig' }]);
  });

  it('keeps proofs valid across a key rotation: old answers still verify, new ones are signed with the new key', async () => {
    const before = await checkOne(newIin());
    const rotation = await testApp.request('POST', '/api/v1/admin/signing-keys/rotate', { token: admin });
    expect(rotation.status).toBe(200);
    const { kid, retiredKid } = await rotation.json();
    const after = await checkOne(newIin());

    const old = await verifyWithPublishedKeys(testApp.baseUrl, before.signature);
    const fresh = await verifyWithPublishedKeys(testApp.baseUrl, after.signature);
    expect(old).toMatchObject({ verified: true, protectedHeader: { kid: retiredKid } });
    expect(fresh).toMatchObject({ verified: true, protectedHeader: { kid } });
    expect(kid).not.toBe(retiredKid);
    expect((await verifyWithPublishedKeys(testApp.baseUrl, restrictedAnswer.signature)).verified).toBe(true);
  });
});

describe('bad input', () => {
  const valid = newIin();
  it.each([
    ['an invalid IIN, named', `/api/v1/restrictions/900101300127?purpose=loan&reference=A`, 'iin', '900101300127'],
    ['a short IIN', `/api/v1/restrictions/12345?purpose=loan&reference=A`, 'iin', '12345'],
    ['no purpose', `/api/v1/restrictions/${valid}?reference=A`, 'purpose', 'loan'],
    ['an unknown purpose', `/api/v1/restrictions/${valid}?purpose=mortgage&reference=A`, 'purpose', 'loan'],
    ['no reference', `/api/v1/restrictions/${valid}?purpose=loan`, 'reference', 'required'],
    ['a reference over 64 characters', `/api/v1/restrictions/${valid}?purpose=loan&reference=${'x'.repeat(65)}`, 'reference', '64'],
  ])('a single check with %s is a 400', async (_name, url, field, mention) => {
    const response = await testApp.request('GET', url, { token: key });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect((await response.json()).errors[field]).toContain(mention);
  });

  const batchOf = (iins: unknown, overrides: Record<string, unknown> = {}) => ({ purpose: 'loan', reference: 'B', iins, ...overrides });
  it.each([
    ['one invalid IIN, named', batchOf([valid, '123']), 'iins', '"123"'],
    ['1,001 IINs', batchOf(Array.from({ length: 1001 }, () => valid)), 'iins', '1001'],
    ['no IINs', batchOf([]), 'iins', 'required'],
    ['IINs that are not a list', batchOf(valid), 'iins', 'required'],
    ['no purpose', batchOf([valid], { purpose: undefined }), 'purpose', 'loan'],
    ['no reference', batchOf([valid], { reference: undefined }), 'reference', 'required'],
    ['a reference over 64 characters', batchOf([valid], { reference: 'x'.repeat(65) }), 'reference', '64'],
  ])('a batch with %s is a 400', async (_name, body, field, mention) => {
    const response = await testApp.request('POST', '/api/v1/restrictions/check', { token: key, body });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[field]).toContain(mention);
  });

  it('takes 1,000 IINs in one batch', async () => {
    const iins = Array.from({ length: 1000 }, () => newIin());
    const answer = await checkMany(iins);
    expect(new Set(answer.results.map((result) => result.iin))).toEqual(new Set(iins));
  });
});

describe('the back office', () => {
  it('lists every inquiry made, with the lender and a hash prefix but never the IIN', async () => {
    const reviewer = await testApp.signInAs('reviewer');
    const rows: InquiryView[] = [];
    for (const range of [[0, 999], [1000, 1999]]) {
      const response = await testApp.request('GET', `/api/v1/admin/inquiries?${listQuery({ filter: { bankId }, range })}`, { token: reviewer });
      expect(response.status).toBe(200);
      rows.push(...(await response.json()));
    }
    expect(new Set(rows.map((row) => row.inquiryId))).toEqual(inquiryIds);
    const listed = JSON.stringify(rows);
    expect([...iinsAsked].filter((iin) => listed.includes(iin))).toEqual([]);
    expect(rows[0]).toEqual({
      id: expect.stringMatching(/^\d+$/),
      inquiryId: expect.any(String),
      bankId,
      bankName: expect.any(String),
      bankBin: expect.stringMatching(/^\d{12}$/),
      purpose: expect.stringMatching(/^(loan|microcredit)$/),
      reference: expect.any(String),
      iinHashPrefix: expect.stringMatching(/^[0-9a-f]{8}$/),
      restricted: expect.any(Boolean),
      restrictedUntil: null,
      checkedAt: expect.any(String),
    });
    expect(await (await testApp.request('GET', `/api/v1/admin/inquiries/${rows[0].id}`, { token: reviewer })).json()).toEqual(rows[0]);

    const restricted: InquiryView[] = await (
      await testApp.request('GET', `/api/v1/admin/inquiries?${listQuery({ filter: { bankId, restricted: true, purpose: 'loan' } })}`, { token: reviewer })
    ).json();
    expect(restricted.map((row) => row.reference)).toEqual(['BATCH-7', 'BATCH-7']);

    const analyst = await testApp.signInAs('analyst');
    expect((await testApp.request('GET', '/api/v1/admin/inquiries', { token: analyst })).status).toBe(403);
    const stats = await (await testApp.request('GET', '/api/v1/admin/stats', { token: analyst })).json();
    expect(stats.inquiriesPerBank).toEqual([{ bankId, name: expect.any(String), kind: 'mfo', inquiries: rows.length, restricted: 3 }]);
  });
});
