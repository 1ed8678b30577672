import {
  QorgauClient,
  QorgauRateLimitedError,
  QorgauTimeoutError,
  QorgauUnauthorizedError,
  QorgauValidationError,
  QorgauVerificationError,
  type QorgauClientOptions,
  type VerifiedAnswer,
} from '@qorgau/lender-client';
import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBank, createBankKey, newIin } from '../harness/factories';
import { createLender, restrictedPeople, type Lender } from '../harness/restricted-people';
import { verifyWithPublishedKeys } from '../harness/signatures';
import { startTestApp, type TestApp } from '../harness/test-app';

/*
 * The lender client (lender-client/) against the real running API: answers verified with the
 * published keys, a rotation, altered and replayed answers refused, a rate limit waited out. Where
 * an answer must be altered, delayed or refused, a small real HTTP proxy stands between the two.
 */

let testApp: TestApp;
let admin: string;
let lender: Lender;
let restrictedIin: string;
const neverSeen = newIin();
const context = { purpose: 'loan', reference: 'APP-2026-000042' } as const;

beforeAll(async () => {
  testApp = await startTestApp();
  admin = await testApp.signInAs('admin');
  lender = await createLender(testApp, admin, 'bank');
  restrictedIin = (await restrictedPeople(testApp, admin, 1)).iins[0];
});
afterAll(async () => {
  await proxy?.close();
  await testApp.close();
});

const clientOf = (baseUrl: string, options: Partial<QorgauClientOptions> = {}) => new QorgauClient({ baseUrl, apiKey: lender.key, ...options });

/** What the proxy may do to one exchange: change the answer's body, or answer itself. */
type Interference = (request: { method: string; url: string }, answer: () => Promise<ProxiedAnswer>) => Promise<ProxiedAnswer>;
interface ProxiedAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A real HTTP proxy in front of the test app; `interfere` decides what happens to each request (by default nothing). */
class TamperingProxy {
  readonly requests: string[] = [];
  interfere: Interference = (_request, answer) => answer();
  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
  ) {}

  static async start(target: string): Promise<TamperingProxy> {
    let proxy!: TamperingProxy;
    const server = createServer((request, response) => {
      proxy.handle(target, request, response).catch((error: Error) => response.destroy(error));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = new TamperingProxy(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return proxy;
  }

  private async handle(target: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const method = request.method!;
    const url = request.url!;
    this.requests.push(`${method} ${url}`);
    const answer = await this.interfere({ method, url }, async () => {
      const headers: Record<string, string> = {};
      for (const name of ['authorization', 'content-type', 'accept']) if (request.headers[name]) headers[name] = String(request.headers[name]);
      const upstream = await fetch(target + url, { method, headers, body: chunks.length > 0 ? Buffer.concat(chunks) : undefined });
      const kept: Record<string, string> = {};
      for (const name of ['content-type', 'retry-after', 'cache-control']) if (upstream.headers.has(name)) kept[name] = upstream.headers.get(name)!;
      return { status: upstream.status, headers: kept, body: await upstream.text() };
    });
    response.writeHead(answer.status, answer.headers).end(answer.body);
  }

  reset() {
    this.requests.length = 0;
    this.interfere = (_request, answer) => answer();
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

let proxy: TamperingProxy;
beforeAll(async () => {
  proxy = await TamperingProxy.start(testApp.baseUrl);
});
beforeEach(() => proxy.reset());

const isCheck = (url: string) => url.startsWith('/api/v1/restrictions/');
/** The checks among the requests the proxy saw. */
const checksSeen = () => proxy.requests.filter((request) => isCheck(request.split(' ')[1]));
/** Rewrites the JSON of single-check answers. */
const rewriteAnswers =
  (rewrite: (answer: Record<string, unknown>) => Record<string, unknown>): Interference =>
  async (request, answer) => {
    const real = await answer();
    return isCheck(request.url) && real.status === 200 ? { ...real, body: JSON.stringify(rewrite(JSON.parse(real.body))) } : real;
  };
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
const refusal = (promise: Promise<unknown>) => promise.then(
  () => 'accepted',
  (error: Error) => (error instanceof QorgauVerificationError ? error.reason : `${error.name}: ${error.message}`),
);

describe('answers verified against the published keys', () => {
  it('a restricted and an unrestricted answer come back verified, with the proof to keep', async () => {
    const client = clientOf(testApp.baseUrl);
    const restricted = await client.check(restrictedIin, context);
    const free = await client.check(neverSeen, context);

    expect(restricted).toEqual({
      iin: restrictedIin,
      restricted: true,
      restrictedUntil: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      inquiryId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      checkedAt: expect.any(String),
      signature: expect.any(String),
      keyId: expect.any(String),
    });
    expect(free).toMatchObject({ iin: neverSeen, restricted: false, restrictedUntil: null });
    // The proof verifies independently of the client, with the keys the registry publishes.
    for (const answer of [restricted, free]) {
      const { signature, keyId, ...fields } = answer;
      expect(await verifyWithPublishedKeys(testApp.baseUrl, signature)).toEqual({ verified: true, payload: fields, protectedHeader: { alg: 'EdDSA', kid: keyId } });
    }

    const batch = await client.checkBatch([restrictedIin, neverSeen], { purpose: 'loan', reference: 'BATCH-2026-7' });
    expect(batch.results).toEqual([
      { iin: restrictedIin, restricted: true, restrictedUntil: restricted.restrictedUntil },
      { iin: neverSeen, restricted: false, restrictedUntil: null },
    ]);
  });

  it('after a rotation, answers signed with the new key verify: the JWKS is fetched again for the unknown kid, once', async () => {
    const client = clientOf(proxy.baseUrl);
    const before = await client.check(neverSeen, context);
    await client.check(neverSeen, context);
    const rotation = await testApp.request('POST', '/api/v1/admin/signing-keys/rotate', { token: admin });
    const { kid, retiredKid } = await rotation.json();

    const after = await client.check(restrictedIin, context);
    await client.check(neverSeen, context);

    expect(before.keyId).toBe(retiredKid);
    expect(after).toMatchObject({ restricted: true, keyId: kid });
    expect(proxy.requests.filter((request) => request.endsWith('/jwks.json'))).toHaveLength(2);
  });
});

describe('answers that are not what the registry signed are refused', () => {
  let genuine: VerifiedAnswer;
  beforeAll(async () => {
    genuine = await clientOf(testApp.baseUrl).check(restrictedIin, context);
  });

  it('an answer whose fields were altered on the way (restricted turned false)', async () => {
    proxy.interfere = rewriteAnswers((answer) => ({ ...answer, restricted: false, restrictedUntil: null }));
    expect(await refusal(clientOf(proxy.baseUrl).check(restrictedIin, context))).toBe('mismatch');
  });

  it('an answer whose signed payload was altered too', async () => {
    proxy.interfere = rewriteAnswers((answer) => {
      const [header, payload, signature] = String(answer.signature).split('.');
      const altered = { ...decode(payload), restricted: false, restrictedUntil: null };
      return { ...altered, signature: `${header}.${encode(altered)}.${signature}` };
    });
    expect(await refusal(clientOf(proxy.baseUrl).check(restrictedIin, context))).toBe('bad-signature');
  });

  it('an answer forged with another key, whether it names the registry’s key or its own', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const forge = (kid: string) =>
      rewriteAnswers((answer) => {
        const { signature: _genuine, ...fields } = answer;
        const input = `${encode({ alg: 'EdDSA', kid })}.${encode({ ...fields, restricted: false, restrictedUntil: null })}`;
        return { ...fields, restricted: false, restrictedUntil: null, signature: `${input}.${sign(null, Buffer.from(input), privateKey).toString('base64url')}` };
      });
    proxy.interfere = forge(genuine.keyId);
    expect(await refusal(clientOf(proxy.baseUrl).check(restrictedIin, context))).toBe('bad-signature');
    proxy.interfere = forge('attacker-key');
    expect(await refusal(clientOf(proxy.baseUrl).check(restrictedIin, context))).toBe('unknown-key');
  });

  it('a genuine answer replayed: for another person, or later than the client accepts', async () => {
    const { keyId: _keyId, ...replayed } = genuine;
    proxy.interfere = rewriteAnswers(() => replayed);
    expect(await refusal(clientOf(proxy.baseUrl).check(neverSeen, context))).toBe('mismatch');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await refusal(clientOf(proxy.baseUrl, { maxAnswerAgeMs: 250 }).check(restrictedIin, context))).toBe('stale');
  });
});

describe('waiting, retrying and giving up', () => {
  it('a 429 is waited out as Retry-After says, with the same reference; without retries it is a typed error', async () => {
    const bank = await createBank(testApp, admin, { rateLimitPerSecond: 1 });
    const { key } = await createBankKey(testApp, admin, bank.id);
    const limited = (options: Partial<QorgauClientOptions> = {}) => new QorgauClient({ baseUrl: proxy.baseUrl, apiKey: key, ...options });

    const startedAt = Date.now();
    // A burst of twice the rate passes; the third check is over the limit and waits ~1 s.
    const answers = await Promise.all([0, 1, 2].map(() => limited().check(neverSeen, context)));
    expect(answers.map((answer) => answer.restricted)).toEqual([false, false, false]);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(900);
    const checks = checksSeen();
    expect(checks).toHaveLength(4);
    expect(new Set(checks)).toEqual(new Set([`GET /api/v1/restrictions/${neverSeen}?purpose=loan&reference=${context.reference}`]));

    await Promise.all([0, 1].map(() => limited().check(neverSeen, context)));
    const refused = await limited({ maxRetries: 0 }).check(neverSeen, context).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(QorgauRateLimitedError);
    expect(refused).toMatchObject({ status: 429, type: 'urn:qorgau:problem:rate-limited', retryAfterSeconds: 1, requestId: expect.any(String) });
  });

  it('a 503 is retried after its Retry-After; a registry too slow to answer is a timeout', async () => {
    let refusals = 1;
    proxy.interfere = async (request, answer) => {
      if (!isCheck(request.url) || refusals-- <= 0) return answer();
      const problem = { type: 'urn:qorgau:problem:database-unavailable', title: 'Service Unavailable', status: 503, detail: 'The registry cannot reach its database for a moment.' };
      return { status: 503, headers: { 'content-type': 'application/problem+json', 'retry-after': '1' }, body: JSON.stringify(problem) };
    };
    expect((await clientOf(proxy.baseUrl).check(restrictedIin, context)).restricted).toBe(true);
    expect(checksSeen()).toEqual([`GET /api/v1/restrictions/${restrictedIin}?purpose=loan&reference=${context.reference}`, `GET /api/v1/restrictions/${restrictedIin}?purpose=loan&reference=${context.reference}`]);

    proxy.interfere = async (request, answer) => {
      if (isCheck(request.url)) await new Promise((resolve) => setTimeout(resolve, 1500));
      return answer();
    };
    const slow = await clientOf(proxy.baseUrl, { timeoutMs: 200 }).check(neverSeen, context).catch((error: unknown) => error);
    expect(slow).toBeInstanceOf(QorgauTimeoutError);
  });

  it('refusals of the registry are typed errors: a bad IIN names the field, a wrong key is unauthorised', async () => {
    const invalid = await clientOf(testApp.baseUrl).check('900101300127', context).catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(QorgauValidationError);
    expect((invalid as QorgauValidationError).errors).toEqual({ iin: expect.stringContaining('900101300127') });
    const batch = await clientOf(testApp.baseUrl).checkBatch([neverSeen, '123'], context).catch((error: unknown) => error);
    expect((batch as QorgauValidationError).errors).toEqual({ iins: expect.stringContaining('"123"') });

    const stranger = await new QorgauClient({ baseUrl: testApp.baseUrl, apiKey: 'qk_unknown_key' }).check(neverSeen, context).catch((error: unknown) => error);
    expect(stranger).toBeInstanceOf(QorgauUnauthorizedError);
    expect(stranger).toMatchObject({ status: 401 });
  });
});
