import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

export type SignatureCheck =
  | { verified: true; payload: Record<string, unknown>; protectedHeader: { alg: string; kid: string } }
  | { verified: false; error: string };

/**
 * Verifies a signed answer with the keys the app publishes, independently of the app's code: the
 * `jose` library, run in a Node process of its own (see jose-verify.mjs).
 */
export async function verifyWithPublishedKeys(baseUrl: string, jws: string): Promise<SignatureCheck> {
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(__dirname, 'jose-verify.mjs'), `${baseUrl}/api/v1/.well-known/jwks.json`, jws]);
  return JSON.parse(stdout) as SignatureCheck;
}
