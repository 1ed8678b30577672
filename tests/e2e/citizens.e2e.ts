import type { MeInquiry, MeResponse } from '@qorgau/shared';
import { createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RestrictionLookup } from '../../api/src/restrictions/restriction-lookup.service';
import { citizenToken, createBreach, createCompany, loadExposures, moveBreach, newBin, newIin } from '../harness/factories';
import { sql } from '../harness/sql';
import { startTestApp, type TestApp } from '../harness/test-app';

/**
 * The API against an identity provider configured as production would configure the real one:
 * a provider of the test's own, whose JWKS a small HTTP server publishes.
 */
const ISSUER = 'https://idp.test.egov.kz';
const AUDIENCE = 'qorgau-portal-test';
const IIN_CLAIM = 'iin_number';
const KID = 'test-key-1';

const providerKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const forgerKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });

let jwksServer: Server;
let testApp: TestApp;
let admin: string;
beforeAll(async () => {
  const jwks = JSON.stringify({ keys: [{ ...providerKeys.publicKey.export({ format: 'jwk' }), kid: KID, alg: 'RS256', use: 'sig' }] });
  jwksServer = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(jwks));
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  testApp = await startTestApp({
    CITIZEN_OIDC_ISSUER: ISSUER,
    CITIZEN_OIDC_JWKS_URI: `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`,
    CITIZEN_OIDC_AUDIENCE: AUDIENCE,
    CITIZEN_OIDC_IIN_CLAIM: IIN_CLAIM,
  });
  admin = await testApp.signInAs('admin');
});
afterAll(async () => {
  await testApp.close();
  jwksServer.close();
});

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A compact JWS with the given header and claims, signed by `sign` over `header.payload`. */
function jwt(header: object, claims: object, signer: (input: Buffer) => Buffer): string {
  const input = `${encode(header)}.${encode(claims)}`;
  return `${input}.${signer(Buffer.from(input)).toString('base64url')}`;
}

const rs256 = (key: KeyObject) => (input: Buffer) => sign('sha256', input, key);

function validClaims(iin: string, overrides: Record<string, unknown> = {}) {
  const now = Math.floor(Date.now() / 1000);
  return { iss: ISSUER, aud: AUDIENCE, sub: `subject-${iin}`, iat: now, exp: now + 600, [IIN_CLAIM]: iin, ...overrides };
}

const providerToken = (iin: string, overrides: Record<string, unknown> = {}) =>
  jwt({ alg: 'RS256', typ: 'JWT', kid: KID }, validClaims(iin, overrides), rs256(providerKeys.privateKey));

const me = (token: string) => testApp.request('GET', '/api/v1/me', { token });

describe('verifying identity tokens', () => {
  it('accepts a token of the configured provider, naming the citizen by the configured claim', async () => {
    const iin = newIin();
    const response = await me(providerToken(iin));
    expect(response.status).toBe(200);
    expect((await response.json()).iin).toBe(iin);
  });

  const now = () => Math.floor(Date.now() / 1000);
  const publicKeyPem = () => providerKeys.publicKey.export({ format: 'pem', type: 'spki' });
  it.each<[string, () => string | Promise<string>]>([
    ['no token', () => ''],
    ['an expired token', () => providerToken(newIin(), { iat: now() - 7200, exp: now() - 3600 })],
    ['a token without an expiry', () => providerToken(newIin(), { exp: undefined })],
    ['a token for another audience', () => providerToken(newIin(), { aud: 'someone-elses-app' })],
    ['a token from another issuer', () => providerToken(newIin(), { iss: 'https://idp.evil.example' })],
    ['a token signed by another key under the provider key id', () => jwt({ alg: 'RS256', kid: KID }, validClaims(newIin()), rs256(forgerKeys.privateKey))],
    ['an unsigned token (alg none)', () => jwt({ alg: 'none', kid: KID }, validClaims(newIin()), () => Buffer.alloc(0))],
    [
      'an HS256 token keyed with the provider public key',
      () => jwt({ alg: 'HS256', kid: KID }, validClaims(newIin()), (input) => createHmac('sha256', publicKeyPem()).update(input).digest()),
    ],
    ['a token whose signature was cut off', () => providerToken(newIin()).split('.').slice(0, 2).join('.') + '.'],
    ['a token with a tampered IIN', () => {
      const [header, , signature] = providerToken(newIin()).split('.');
      return `${header}.${encode(validClaims(newIin()))}.${signature}`;
    }],
    ['a token whose IIN claim is not a valid IIN', () => providerToken('123456789012')],
    ['a token without the IIN claim', () => providerToken(newIin(), { [IIN_CLAIM]: undefined })],
    ['a regulator token', () => testApp.signInAs('admin')],
  ])('refuses %s with a 401', async (_case, token) => {
    const response = await me(await token());
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses the development provider’s tokens once a real provider is configured', async () => {
    const response = await testApp.request('POST', '/api/v1/dev-idp/token', { body: { iin: newIin() } });
    expect(response.status).toBe(200);
    expect((await me((await response.json()).id_token)).status).toBe(401);
  });

  it('points the portal at the configured provider', async () => {
    const response = await testApp.request('GET', '/api/v1/citizen-sign-in/config');
    expect(await response.json()).toEqual({ authority: ISSUER, clientId: AUDIENCE, scope: 'openid', development: false, liftCoolingOffSeconds: 86_400 });
  });
});

describe('GET /me', () => {
  async function breachHolding(iin: string, steps: Parameters<typeof moveBreach>[3], overrides: Record<string, unknown> = {}) {
    const company = await createCompany(testApp, admin, { name: `Shop ${newBin()}` });
    const breach = await createBreach(testApp, admin, company.id, { restrictionDays: 30, ...overrides });
    await loadExposures(testApp, admin, breach.id, `iin\n${iin}\n${newIin()}\n`);
    return { company, breach: steps.length ? await moveBreach(testApp, admin, breach.id, steps) : breach };
  }

  it('shows a person the confirmed breaches holding their IIN and the restriction they cause, and not a draft one', async () => {
    const iin = newIin();
    const confirmed = await breachHolding(iin, ['investigating', 'confirmed']);
    await breachHolding(iin, []);
    await breachHolding(iin, ['rejected']);

    const response = await me(providerToken(iin));
    expect(response.status).toBe(200);
    const body: MeResponse = await response.json();
    expect(body.restricted).toBe(true);
    const restrictedUntil = Date.parse(body.restrictedUntil!);
    expect(restrictedUntil).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    expect(body.exposures).toEqual([
      {
        breach: {
          id: confirmed.breach.id,
          companyId: confirmed.company.id,
          title: confirmed.breach.title,
          description: confirmed.breach.description,
          occurredAt: confirmed.breach.occurredAt,
          discoveredAt: confirmed.breach.discoveredAt,
          reportedAt: confirmed.breach.reportedAt,
          dataClasses: confirmed.breach.dataClasses,
          recordsClaimed: confirmed.breach.recordsClaimed,
          exposureCount: 2,
          status: 'confirmed',
          reportingDelayHours: confirmed.breach.reportingDelayHours,
          reportedLate: confirmed.breach.reportedLate,
          company: { bin: confirmed.company.bin, name: confirmed.company.name, sector: confirmed.company.sector },
        },
        kinds: ['iin'],
      },
    ]);
    expect(body.restrictions).toEqual([{ id: confirmed.breach.id, breachId: confirmed.breach.id, startsAt: expect.any(String), endsAt: body.restrictedUntil }]);
    expect(body.lifts).toEqual([]);
  });

  it('shows a sensitive breach to the people in it, though the public never sees it', async () => {
    const iin = newIin();
    const { breach } = await breachHolding(iin, ['investigating', 'confirmed'], { dataClasses: ['iin', 'health'] });
    const body: MeResponse = await (await me(providerToken(iin))).json();
    expect(body.exposures.map((exposure) => exposure.breach.id)).toEqual([breach.id]);
    expect((await testApp.request('GET', `/api/v1/public/breaches/${breach.id}`)).status).toBe(404);
  });

  it('stops showing a breach once it is retracted, and the restriction ends with it', async () => {
    const iin = newIin();
    const { breach } = await breachHolding(iin, ['investigating', 'confirmed']);
    await moveBreach(testApp, admin, breach.id, ['retracted']);
    const body: MeResponse = await (await me(providerToken(iin))).json();
    expect(body).toMatchObject({ restricted: false, restrictedUntil: null, exposures: [], restrictions: [] });
  });

  it('answers a person found nowhere: not restricted, nothing leaked', async () => {
    const iin = newIin();
    expect(await (await me(providerToken(iin))).json()).toEqual({ iin, restricted: false, restrictedUntil: null, exposures: [], restrictions: [], lifts: [] });
  });
});

describe('GET /me/inquiries', () => {
  async function bank(name: string, kind: 'bank' | 'mfo') {
    const bin = newBin();
    const [row] = await sql<{ id: string }>(
      testApp.databaseUrl,
      `INSERT INTO banks (bin, name, kind, rate_limit_per_second) VALUES ($1, $2, $3, 100) RETURNING id`,
      [bin, name, kind],
    );
    return { id: row.id, bin, name };
  }

  async function inquiry(bankId: string, iin: string, at: string, restricted: boolean, purpose = 'loan') {
    const iinHash = testApp.app.get(RestrictionLookup).iinHash(iin);
    await sql(
      testApp.databaseUrl,
      `INSERT INTO inquiries (inquiry_id, bank_id, purpose, reference, iin_hash, restricted, restricted_until, checked_at)
       VALUES (gen_random_uuid(), $1, $2, 'APP-1', $3, $4, $5, $6)`,
      [bankId, purpose, iinHash, restricted, restricted ? '2030-01-01T00:00:00Z' : null, at],
    );
  }

  it('lists every check about the person, newest first, and no one else’s', async () => {
    const iin = newIin();
    const halyk = await bank('Halyk Bank', 'bank');
    const mfo = await bank('Quick Money MFO', 'mfo');
    await inquiry(halyk.id, iin, '2025-12-01T10:00:00Z', true);
    await inquiry(mfo.id, iin, '2025-12-03T08:30:00Z', false, 'microcredit');
    await inquiry(mfo.id, newIin(), '2025-12-04T08:30:00Z', false);

    const response = await testApp.request('GET', '/api/v1/me/inquiries', { token: providerToken(iin) });
    expect(response.status).toBe(200);
    const body: MeInquiry[] = await response.json();
    expect(body).toEqual([
      { bankName: 'Quick Money MFO', bankBin: mfo.bin, purpose: 'microcredit', at: '2025-12-03T08:30:00.000Z', result: 'not_restricted', alerts: [] },
      { bankName: 'Halyk Bank', bankBin: halyk.bin, purpose: 'loan', at: '2025-12-01T10:00:00.000Z', result: 'restricted', alerts: [] },
    ]);
  });

  it('is empty for a person nobody checked, and closed without a token', async () => {
    expect(await (await testApp.request('GET', '/api/v1/me/inquiries', { token: providerToken(newIin()) })).json()).toEqual([]);
    expect((await testApp.request('GET', '/api/v1/me/inquiries')).status).toBe(401);
  });
});

describe('with the development identity provider', () => {
  it('signs citizens in with its tokens when no provider is configured', async () => {
    const devApp = await startTestApp();
    try {
      const iin = newIin();
      const response = await devApp.request('GET', '/api/v1/me', { token: await citizenToken(devApp, iin) });
      expect(response.status).toBe(200);
      expect((await response.json()).iin).toBe(iin);
    } finally {
      await devApp.close();
    }
  });
});
