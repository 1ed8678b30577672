import { parseRetryAfter, retryDelayMs } from './retry';

const policy = { maxRetries: 3, maxRetryDelayMs: 10_000 };

describe('Retry-After', () => {
  const now = Date.parse('2026-03-01T10:00:00Z');
  it.each([
    ['seconds', '2', 2],
    ['seconds with spaces', ' 7 ', 7],
    ['an HTTP date', 'Sun, 01 Mar 2026 10:00:05 GMT', 5],
    ['an HTTP date already past', 'Sun, 01 Mar 2026 09:59:00 GMT', 0],
  ])('reads %s', (_name, header, seconds) => {
    expect(parseRetryAfter(header, now)).toBe(seconds);
  });

  it.each([[null], ['soon'], ['-1'], ['1.5']])('ignores %p', (header) => {
    expect(parseRetryAfter(header, now)).toBeUndefined();
  });
});

describe('the wait before a retry', () => {
  it('is what the registry asked for', () => {
    expect(retryDelayMs(1, 2, policy)).toBe(2000);
    expect(retryDelayMs(3, 0, policy)).toBe(0);
  });

  it('backs off exponentially when the registry did not say', () => {
    expect([1, 2, 3].map((retry) => retryDelayMs(retry, undefined, policy))).toEqual([250, 500, 1000]);
    expect(retryDelayMs(3, undefined, { maxRetries: 5, maxRetryDelayMs: 600 })).toBe(600);
  });

  it('gives up once the retries are spent', () => {
    expect(retryDelayMs(4, 1, policy)).toBeNull();
    expect(retryDelayMs(1, undefined, { ...policy, maxRetries: 0 })).toBeNull();
  });

  it('gives up rather than wait longer than allowed', () => {
    expect(retryDelayMs(1, 11, policy)).toBeNull();
    expect(retryDelayMs(1, 10, policy)).toBe(10_000);
  });
});
