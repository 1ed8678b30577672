import { Readable, Writable } from 'node:stream';
import { copyIdentifiers, UnreadableFileError } from './csv-identifiers';
import { IdentifierHasher } from './identifier-hasher';

const hasher = new IdentifierHasher('test pepper');

/** Reads `text` and decodes the binary COPY stream back into (hash, kind) tuples. */
async function read(text: string | Buffer) {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  const figures = await copyIdentifiers(Readable.from([Buffer.from(text)]), sink, { hasher });
  const copy = Buffer.concat(chunks);
  expect(copy.subarray(0, 11).toString('latin1')).toBe('PGCOPY\n\xff\r\n\0');
  const tuples: { hash: string; kind: number }[] = [];
  for (let offset = 19; copy.readInt16BE(offset) !== -1; offset += 44) {
    tuples.push({ hash: copy.subarray(offset + 6, offset + 38).toString('hex'), kind: copy.readInt16BE(offset + 42) });
  }
  return { figures, tuples };
}

describe('reading a CSV of identifiers into COPY tuples', () => {
  it('hashes each valid value with its kind and counts the rest', async () => {
    const { figures, tuples } = await read('iin;phone;email\r\n900101300126;8 (701) 123-45-67;A@B.kz\r\n\r\nbad;;\r\n');
    expect(figures).toMatchObject({ rowsRead: 2, validValues: 3, rejected: 1 });
    expect(tuples).toEqual([
      { hash: hasher.hash('iin', '900101300126').toString('hex'), kind: 1 },
      { hash: hasher.hash('phone', '+77011234567').toString('hex'), kind: 2 },
      { hash: hasher.hash('email', 'a@b.kz').toString('hex'), kind: 3 },
    ]);
    expect(figures.rejectSample).toEqual([{ line: 4, value: '***', reason: expect.any(String) }]);
  });

  it('takes a record with many values, beyond one chunk', async () => {
    const values = Array.from({ length: 10_000 }, () => '900101300126').join(',');
    const { figures, tuples } = await read(values);
    expect(figures.validValues).toBe(10_000);
    expect(tuples).toHaveLength(10_000);
  });

  it('refuses a record over the size limit with a sentence naming the line', async () => {
    await expect(read(`iin\n900101300126\n${'1'.repeat(2 * 1024 * 1024)}\n`)).rejects.toThrow(UnreadableFileError);
  });
});
