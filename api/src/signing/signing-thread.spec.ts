import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { Ed25519SigningThread } from './signing-thread';
import { encodedJwsHeader, generateSigningKey, jwsSigningInput, type NewSigningKey } from './signing.rules';

function verifies(key: NewSigningKey, input: string, signature: string): boolean {
  return verify(null, Buffer.from(input), createPublicKey({ key: { ...key.publicJwk }, format: 'jwk' }), Buffer.from(signature, 'base64url'));
}

function inputs(key: NewSigningKey, count: number): string[] {
  return Array.from({ length: count }, (_, index) => jwsSigningInput(encodedJwsHeader(key.kid), { iin: String(index).padStart(12, '0'), restricted: index % 2 === 0 }));
}

describe('the signing thread', () => {
  let thread: Ed25519SigningThread;
  beforeEach(() => (thread = new Ed25519SigningThread()));
  afterEach(() => thread.close());

  it('signs each input of a batch, in order, verifiable with the public key', async () => {
    const key = generateSigningKey(new Date());
    const batch = inputs(key, 50);
    const signatures = await thread.sign(key.privateKey, batch);
    expect(signatures).toHaveLength(50);
    signatures.forEach((signature, index) => expect(verifies(key, batch[index], signature)).toBe(true));
    expect(verifies(key, batch[1], signatures[0])).toBe(false);
  });

  it('signs batches sent together with the key each was sent with, across a change of key', async () => {
    const [first, second] = [generateSigningKey(new Date()), generateSigningKey(new Date())];
    const sent: [NewSigningKey, string[]][] = [
      [first, inputs(first, 3)],
      [second, inputs(second, 3)],
      [first, inputs(first, 2)],
    ];
    const answers = await Promise.all(sent.map(([key, batch]) => thread.sign(key.privateKey, batch)));
    answers.forEach((signatures, index) => {
      const [key, batch] = sent[index];
      signatures.forEach((signature, position) => expect(verifies(key, batch[position], signature)).toBe(true));
    });
  });

  it('fails the batches in flight when the thread dies, and signs the next batch on a new thread', async () => {
    const key = generateSigningKey(new Date());
    const answeredFirst = thread.sign(key.privateKey, inputs(key, 1));
    const killsTheThread = thread.sign('not a key' as unknown as KeyObject, inputs(key, 1));
    await expect(answeredFirst).resolves.toHaveLength(1);
    await expect(killsTheThread).rejects.toThrow();
    const [signature] = await thread.sign(key.privateKey, inputs(key, 1));
    expect(verifies(key, inputs(key, 1)[0], signature)).toBe(true);
  });
});
