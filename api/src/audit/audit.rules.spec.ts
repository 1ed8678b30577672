import fc from 'fast-check';
import { canonicalJson, changedFields, checkLink, eventHash, GENESIS_HASH, REDACTED, type ChainedContent } from './audit.rules';

describe('changedFields', () => {
  it('keeps only the fields that changed', () => {
    expect(changedFields({ title: 'a', status: 'draft' }, { title: 'a', status: 'confirmed' })).toEqual({
      status: { before: 'draft', after: 'confirmed' },
    });
  });

  it('records a creation and a deletion field by field', () => {
    expect(changedFields(null, { name: 'Kaspi' })).toEqual({ name: { before: null, after: 'Kaspi' } });
    expect(changedFields({ name: 'Kaspi' }, null)).toEqual({ name: { before: 'Kaspi', after: null } });
  });

  it('stores dates as ISO strings and compares arrays by content', () => {
    const at = new Date('2026-01-02T03:04:05Z');
    expect(changedFields({ at, classes: ['iin'] }, { at, classes: ['iin'] })).toEqual({});
    expect(changedFields({ at: null }, { at })).toEqual({ at: { before: null, after: '2026-01-02T03:04:05.000Z' } });
  });

  it('says that a secret changed, never what it was or became', () => {
    const changes = changedFields({ passwordHash: 'scrypt$old' }, { passwordHash: 'scrypt$new' });
    expect(changes).toEqual({ passwordHash: { before: REDACTED, after: REDACTED } });
    expect(JSON.stringify(changes)).not.toContain('scrypt');
  });
});

describe('canonicalJson', () => {
  it('does not depend on key order, at any depth', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(object));
        expect(JSON.parse(canonicalJson(object))).toEqual(JSON.parse(JSON.stringify(object)));
      }),
    );
  });
});

function buildChain(length: number): (ChainedContent & { hash: string })[] {
  const chain: (ChainedContent & { hash: string })[] = [];
  for (let index = 0; index < length; index++) {
    const content: ChainedContent = {
      id: String(index + 1),
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString(),
      actorId: null,
      actorEmail: `user${index}@qorgau.kz`,
      actorRole: 'analyst',
      action: 'breach.updated',
      entityType: 'breach',
      entityId: `b${index}`,
      changes: { title: { before: `t${index}`, after: `t${index + 1}` } },
      requestId: `r${index}`,
      prevHash: chain[index - 1]?.hash ?? GENESIS_HASH,
    };
    chain.push({ ...content, hash: eventHash(content) });
  }
  return chain;
}

function firstBreak(chain: (ChainedContent & { hash: string })[]) {
  for (let index = 0; index < chain.length; index++) {
    const found = checkLink(chain[index], chain[index - 1] ?? null);
    if (found) return found;
  }
  return null;
}

describe('checkLink', () => {
  it('accepts an untouched chain', () => {
    expect(firstBreak(buildChain(20))).toBeNull();
  });

  it('finds an altered event, a removed event and a re-pointed event', () => {
    const altered = buildChain(5);
    altered[2] = { ...altered[2], actorEmail: 'someone-else@qorgau.kz' };
    expect(firstBreak(altered)).toEqual({ id: '3', reason: expect.stringMatching(/altered/) });

    const removed = buildChain(5);
    removed.splice(2, 1);
    expect(firstBreak(removed)).toEqual({ id: '4', reason: 'event 3 is missing' });

    const repointed = buildChain(5);
    repointed[3] = { ...repointed[3], prevHash: GENESIS_HASH };
    expect(firstBreak(repointed)?.id).toBe('4');
  });

  it('detects any change to any field of any event, at that event', () => {
    const fields = ['at', 'actorEmail', 'actorRole', 'action', 'entityType', 'entityId', 'requestId', 'hash'] as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7 }), fc.constantFrom(...fields), fc.string({ minLength: 1 }), (index, field, suffix) => {
        const chain = buildChain(8);
        chain[index] = { ...chain[index], [field]: `${chain[index][field]}${suffix}` };
        expect(firstBreak(chain)?.id).toBe(String(index + 1));
      }),
    );
  });
});
