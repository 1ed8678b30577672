// Verifies a compact JWS against a published JWKS with the jose library, in a plain Node process:
// jose is ESM-only and jest's module sandbox cannot load it. Prints {verified, payload, protectedHeader} or {verified: false, error}.
import { compactVerify, createRemoteJWKSet } from 'jose';

const [jwksUrl, jws] = process.argv.slice(2);
try {
  const { payload, protectedHeader } = await compactVerify(jws, createRemoteJWKSet(new URL(jwksUrl)), { algorithms: ['EdDSA'] });
  process.stdout.write(JSON.stringify({ verified: true, payload: JSON.parse(new TextDecoder().decode(payload)), protectedHeader }));
} catch (error) {
  process.stdout.write(JSON.stringify({ verified: false, error: error.code ?? error.message }));
}
