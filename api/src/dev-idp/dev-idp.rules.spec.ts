import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { checkAuthorizationRequest, codeChallengeOf, codeRedemptionRefusal, contactClaimsFrom, DEV_IDP_CLIENT_ID, openCode, sealCode, type IssuedCode } from './dev-idp.rules';

const ORIGIN = 'http://127.0.0.1:3000';
const VERIFIER = 'a'.repeat(43);
const REQUEST = {
  client_id: DEV_IDP_CLIENT_ID,
  redirect_uri: `${ORIGIN}/signin/callback`,
  response_type: 'code',
  scope: 'openid profile',
  code_challenge: codeChallengeOf(VERIFIER),
  code_challenge_method: 'S256',
  state: 'xyz',
};

describe('checkAuthorizationRequest', () => {
  it('serves the portal on an allowed origin', () => {
    expect(checkAuthorizationRequest(REQUEST, [ORIGIN])).toMatchObject({ ok: true, request: { redirectUri: REQUEST.redirect_uri, state: 'xyz', nonce: null } });
  });

  it.each([
    [{ client_id: 'other' }],
    [{ redirect_uri: 'https://evil.example/signin/callback' }],
    [{ redirect_uri: `${ORIGIN}/elsewhere` }],
    [{ redirect_uri: `${ORIGIN}/signin/callback#fragment` }],
    [{ redirect_uri: 'javascript:alert(1)' }],
  ])('never redirects for %p', (overrides) => {
    expect(checkAuthorizationRequest({ ...REQUEST, ...overrides }, [ORIGIN])).toMatchObject({ ok: false, redirectable: false });
  });

  it.each([[{ response_type: 'token' }], [{ scope: 'profile' }], [{ code_challenge_method: 'plain' }], [{ code_challenge: undefined }], [{ state: 'x'.repeat(513) }]])(
    'sends %p back to the client as an error',
    (overrides) => {
      expect(checkAuthorizationRequest({ ...REQUEST, ...overrides }, [ORIGIN])).toMatchObject({ ok: false, redirectable: true });
    },
  );
});

describe('codeRedemptionRefusal', () => {
  const code: IssuedCode = { iin: '900101300017', clientId: DEV_IDP_CLIENT_ID, redirectUri: REQUEST.redirect_uri, codeChallenge: codeChallengeOf(VERIFIER), nonce: null, contactClaims: {}, expiresAt: 1000 };
  const redemption = { clientId: DEV_IDP_CLIENT_ID, redirectUri: REQUEST.redirect_uri, codeVerifier: VERIFIER };

  it('lets the right verifier redeem an unexpired code', () => {
    expect(codeRedemptionRefusal(code, redemption, 999)).toBeNull();
  });

  it('refuses an unknown, expired or misdirected code', () => {
    expect(codeRedemptionRefusal(undefined, redemption, 0)).toMatch(/unknown/);
    expect(codeRedemptionRefusal(code, redemption, 1000)).toMatch(/expired/);
    expect(codeRedemptionRefusal(code, { ...redemption, redirectUri: `${ORIGIN}/x` }, 0)).toMatch(/another client/);
  });

  it('refuses every other verifier', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9._~-]{43,128}$/), (verifier) => {
        fc.pre(verifier !== VERIFIER);
        expect(codeRedemptionRefusal(code, { ...redemption, codeVerifier: verifier }, 0)).toMatch(/does not match/);
      }),
    );
  });
});

describe('contactClaimsFrom', () => {
  it('keeps non-empty strings, trimmed, and leaves out the rest', () => {
    expect(contactClaimsFrom({ email: ' a@b.kz ', phone_number: '' })).toEqual({ email: 'a@b.kz' });
    expect(contactClaimsFrom({ email: 42, phone_number: '+77011234567', iin: '900101300017' })).toEqual({ phone_number: '+77011234567' });
  });
});

describe('sealed authorization codes', () => {
  const key = randomBytes(32);
  const issued = { iin: '900101300126', clientId: DEV_IDP_CLIENT_ID, redirectUri: 'http://localhost:3000/auth/callback', codeChallenge: 'c'.repeat(43), nonce: null, contactClaims: {}, expiresAt: 1 };

  it('open to what they were issued for, with the key that sealed them, and hide the IIN', () => {
    const code = sealCode(issued, key);
    expect(openCode(code, key)).toEqual(issued);
    expect(code).not.toContain('900101300126');
    expect(Buffer.from(code, 'base64url').toString()).not.toContain('900101300126');
    expect(sealCode(issued, key)).not.toBe(code);
  });

  it('open to nothing when forged, altered, sealed with another key, or not a code at all', () => {
    const code = sealCode(issued, key);
    expect(openCode(code, randomBytes(32))).toBeUndefined();
    fc.assert(
      fc.property(fc.nat(code.length - 1), fc.constantFrom(...'ABCDEFabcdef0123456789-_'), (position, character) => {
        const altered = code.slice(0, position) + character + code.slice(position + 1);
        // The last character's spare bits may change nothing decoded: only a change of bytes must be refused.
        if (!Buffer.from(altered, 'base64url').equals(Buffer.from(code, 'base64url'))) expect(openCode(altered, key)).toBeUndefined();
      }),
    );
    for (const junk of [undefined, 42, '', 'not a code!', 'x'.repeat(5000)]) expect(openCode(junk, key)).toBeUndefined();
  });
});
