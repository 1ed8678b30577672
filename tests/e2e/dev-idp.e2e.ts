import { createHash, randomBytes } from 'node:crypto';
import { submitLoginForm } from '../harness/dev-idp-login';
import { citizenToken, newIin } from '../harness/factories';
import { startTestApp, type TestApp } from '../harness/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

const IDP = '/api/v1/dev-idp';
const CLIENT_ID = 'qorgau-portal';

/** What the portal's OIDC client sends: a fresh PKCE verifier and its S256 challenge. */
function authorizationRequest(overrides: Record<string, string> = {}) {
  const verifier = randomBytes(32).toString('base64url');
  const parameters = {
    client_id: CLIENT_ID,
    redirect_uri: `${testApp.baseUrl}/signin/callback`,
    response_type: 'code',
    scope: 'openid',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    state: randomBytes(8).toString('hex'),
    nonce: randomBytes(8).toString('hex'),
    ...overrides,
  };
  return { verifier, parameters };
}

async function signInThroughLoginPage(iin: string, overrides: Record<string, string> = {}) {
  const { verifier, parameters } = authorizationRequest(overrides);
  const page = await testApp.request('GET', `${IDP}/authorize?${new URLSearchParams(parameters)}`);
  expect(page.status).toBe(200);
  const redirect = await submitLoginForm(testApp.baseUrl, await page.text(), iin);
  expect(redirect.status).toBe(302);
  const location = new URL(redirect.headers.get('location')!);
  return { verifier, parameters, location, code: location.searchParams.get('code')! };
}

const exchange = (fields: Record<string, string>) =>
  fetch(`${testApp.baseUrl}${IDP}/oauth/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'authorization_code', client_id: CLIENT_ID, ...fields }) });

function claimsOf(idToken: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(idToken.split('.')[1], 'base64url').toString());
}

describe('discovery and keys', () => {
  it('publishes a discovery document naming its endpoints, code flow with PKCE S256 only', async () => {
    const response = await testApp.request('GET', `${IDP}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      issuer: 'urn:qorgau:dev-idp',
      authorization_endpoint: `${testApp.baseUrl}${IDP}/authorize`,
      token_endpoint: `${testApp.baseUrl}${IDP}/oauth/token`,
      jwks_uri: `${testApp.baseUrl}${IDP}/jwks.json`,
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      id_token_signing_alg_values_supported: ['ES256'],
    });
  });

  it('publishes its public signing key, and no private part of it', async () => {
    const { keys } = await (await testApp.request('GET', `${IDP}/jwks.json`)).json();
    expect(keys).toEqual([{ kty: 'EC', crv: 'P-256', x: expect.any(String), y: expect.any(String), kid: expect.any(String), alg: 'ES256', use: 'sig' }]);
  });

  it('tells the portal to sign in with it', async () => {
    const response = await testApp.request('GET', '/api/v1/citizen-sign-in/config');
    expect(await response.json()).toEqual({ authority: IDP, clientId: CLIENT_ID, scope: 'openid', development: true, liftCoolingOffSeconds: 86_400 });
  });
});

describe('the shortcut for automated tests', () => {
  it('issues an ID token for a valid IIN that the API accepts', async () => {
    const iin = newIin();
    const idToken = await citizenToken(testApp, iin);
    expect(claimsOf(idToken)).toMatchObject({ iss: 'urn:qorgau:dev-idp', aud: CLIENT_ID, sub: iin, iin });
    const me = await testApp.request('GET', '/api/v1/me', { token: idToken });
    expect(me.status).toBe(200);
    expect((await me.json()).iin).toBe(iin);
  });

  it.each([['12345678901'], ['123456789012'], [''], [123]])('refuses %p with a 400 naming the field', async (iin) => {
    const response = await testApp.request('POST', `${IDP}/token`, { body: { iin } });
    expect(response.status).toBe(400);
    expect((await response.json()).errors).toEqual({ iin: expect.any(String) });
  });
});

describe('the authorization code flow with PKCE', () => {
  it('signs in on the login page, redirects back with a code and the state, and exchanges the code for an ID token the API accepts', async () => {
    const iin = newIin();
    const { verifier, parameters, location, code } = await signInThroughLoginPage(iin);
    expect(`${location.origin}${location.pathname}`).toBe(parameters.redirect_uri);
    expect(location.searchParams.get('state')).toBe(parameters.state);

    const response = await exchange({ code, code_verifier: verifier, redirect_uri: parameters.redirect_uri });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const tokens = await response.json();
    expect(tokens).toMatchObject({ token_type: 'Bearer', id_token: expect.any(String) });
    expect(claimsOf(tokens.id_token)).toMatchObject({ iin, nonce: parameters.nonce, aud: CLIENT_ID });

    const me = await testApp.request('GET', '/api/v1/me', { token: tokens.id_token });
    expect(me.status).toBe(200);
    expect((await me.json()).iin).toBe(iin);
  });

  it('serves a login page in the language asked for, with a labelled IIN field and no script', async () => {
    const { parameters } = authorizationRequest({ ui_locales: 'ru' });
    const page = await (await testApp.request('GET', `${IDP}/authorize?${new URLSearchParams(parameters)}`)).text();
    expect(page).toContain('<html lang="ru">');
    expect(page).toContain('<label for="iin">ИИН');
    expect(page).not.toContain('<script');
  });

  it('shows the form again with the reason when the IIN is invalid, issuing no code', async () => {
    const { parameters } = authorizationRequest({ ui_locales: 'en' });
    const page = await (await testApp.request('GET', `${IDP}/authorize?${new URLSearchParams(parameters)}`)).text();
    const response = await submitLoginForm(testApp.baseUrl, page, '123456789012');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('The last digit of this IIN does not match the others');
  });

  it('refuses a wrong code verifier, and the code is spent by that attempt', async () => {
    const { verifier, parameters, code } = await signInThroughLoginPage(newIin());
    const wrong = await exchange({ code, code_verifier: randomBytes(32).toString('base64url'), redirect_uri: parameters.redirect_uri });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_grant', error_description: 'code_verifier does not match the code_challenge.' });
    const right = await exchange({ code, code_verifier: verifier, redirect_uri: parameters.redirect_uri });
    expect(right.status).toBe(400);
  });

  it('refuses a code used twice', async () => {
    const { verifier, parameters, code } = await signInThroughLoginPage(newIin());
    const fields = { code, code_verifier: verifier, redirect_uri: parameters.redirect_uri };
    expect((await exchange(fields)).status).toBe(200);
    const again = await exchange(fields);
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error: 'invalid_grant', error_description: 'The authorization code is unknown or was already used.' });
  });

  it('refuses a code redeemed with another redirect URI, and a missing verifier', async () => {
    const first = await signInThroughLoginPage(newIin());
    const otherUri = await exchange({ code: first.code, code_verifier: first.verifier, redirect_uri: `${testApp.baseUrl}/elsewhere` });
    expect(otherUri.status).toBe(400);
    const second = await signInThroughLoginPage(newIin());
    const noVerifier = await exchange({ code: second.code, redirect_uri: second.parameters.redirect_uri });
    expect(noVerifier.status).toBe(400);
  });

  it('refuses other grant types', async () => {
    const response = await exchange({ grant_type: 'password' });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('unsupported_grant_type');
  });

  it('never redirects to a foreign redirect URI or for an unknown client: it shows the refusal instead', async () => {
    for (const overrides of [{ redirect_uri: 'https://evil.example/signin/callback' }, { client_id: 'someone-else' }] as Record<string, string>[]) {
      const { parameters } = authorizationRequest(overrides);
      const response = await fetch(`${testApp.baseUrl}${IDP}/authorize?${new URLSearchParams(parameters)}`, { redirect: 'manual' });
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
    }
  });

  it('sends a request without PKCE back to the client as an error', async () => {
    const { parameters } = authorizationRequest({ code_challenge_method: 'plain' });
    const response = await fetch(`${testApp.baseUrl}${IDP}/authorize?${new URLSearchParams(parameters)}`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('state')).toBe(parameters.state);
  });
});

describe('in production', () => {
  it('is not there at all', async () => {
    const withoutIdp = await startTestApp({ DEV_IDP_ENABLED: 'false' });
    try {
      expect((await withoutIdp.request('POST', `${IDP}/token`, { body: { iin: newIin() } })).status).toBe(404);
      expect((await withoutIdp.request('GET', `${IDP}/jwks.json`)).status).toBe(404);
      const config = await withoutIdp.request('GET', '/api/v1/citizen-sign-in/config');
      expect(config.status).toBe(404);
      expect(await config.json()).toMatchObject({ type: 'urn:qorgau:problem:not-configured', status: 404, detail: 'Citizen sign-in is not configured on this server.' });
    } finally {
      await withoutIdp.close();
    }
  });
});
