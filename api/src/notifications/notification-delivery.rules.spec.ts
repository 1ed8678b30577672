import fc from 'fast-check';
import { createHmac } from 'node:crypto';
import { describeFailure, inJsonbKeyOrder, MAX_RETRY_DELAY_MS, parksAfter, retryDelayMs, webhookSignature } from './notification-delivery.rules';

describe('retryDelayMs', () => {
  it('doubles with each failure, jittered between half and all of it, never beyond an hour', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 60_000 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (tries, base, random) => {
        const full = Math.min(MAX_RETRY_DELAY_MS, base * 2 ** (tries - 1));
        const delay = retryDelayMs(tries, base, random);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(full / 2));
        expect(delay).toBeLessThanOrEqual(full);
      }),
    );
    expect([1, 2, 3, 4].map((tries) => retryDelayMs(tries, 1000, 0.999999))).toEqual([1000, 2000, 4000, 8000]);
  });
});

describe('parksAfter', () => {
  it('parks at the last allowed try', () => {
    expect(parksAfter(7, 8)).toBe(false);
    expect(parksAfter(8, 8)).toBe(true);
  });
});

describe('webhookSignature', () => {
  it('is sha256= and the hex HMAC of the raw body', () => {
    const body = JSON.stringify({ id: 'x', text: 'Qorgau: ваши данные' });
    expect(webhookSignature(body, 'secret')).toBe(`sha256=${createHmac('sha256', 'secret').update(Buffer.from(body, 'utf8')).digest('hex')}`);
  });
});

describe('describeFailure', () => {
  it('keeps a status or a code, never a server’s words', () => {
    expect(describeFailure(Object.assign(new Error('x'), { status: 503 }))).toBe('HTTP 503');
    expect(describeFailure(new DOMException('The operation timed out.', 'TimeoutError'))).toBe('timed out');
    expect(describeFailure(Object.assign(new Error('Headers Timeout Error'), { name: 'HeadersTimeoutError', code: 'UND_ERR_HEADERS_TIMEOUT' }))).toBe('timed out');
    expect(describeFailure(Object.assign(new Error('Body Timeout Error'), { name: 'BodyTimeoutError', code: 'UND_ERR_BODY_TIMEOUT' }))).toBe('timed out');
    expect(describeFailure(Object.assign(new Error('550 <anna@mail.kz> rejected'), { code: 'EENVELOPE', responseCode: 550 }))).toBe('EENVELOPE SMTP 550');
    expect(describeFailure(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }))).toBe('ECONNREFUSED');
  });
});

describe('inJsonbKeyOrder', () => {
  it('orders an inquiry alert’s data as an outbox row gives it back', () => {
    const data = { inquiryId: 'i', bankName: 'n', bankBin: 'b', purpose: 'loan', restricted: true, checkedAt: 't' };
    expect(Object.keys(inJsonbKeyOrder(data))).toEqual(['bankBin', 'purpose', 'bankName', 'checkedAt', 'inquiryId', 'restricted']);
  });

  it('keeps every value, orders keys by UTF-8 length then bytes, and is stable', () => {
    fc.assert(
      // Keys that look like array indices are left out: JavaScript keeps those first, whatever the order (payloads have none).
      fc.property(fc.dictionary(fc.string({ unit: 'grapheme', maxLength: 8 }).filter((key) => !/^(0|[1-9][0-9]*)$/.test(key)), fc.jsonValue()), (data) => {
        const ordered = inJsonbKeyOrder(data);
        const keys = Object.keys(ordered);
        expect(ordered).toEqual(data);
        keys.slice(1).forEach((key, index) => {
          const [a, b] = [Buffer.from(keys[index]), Buffer.from(key)];
          expect(a.length < b.length || (a.length === b.length && Buffer.compare(a, b) < 0)).toBe(true);
        });
        expect(Object.keys(inJsonbKeyOrder(ordered))).toEqual(keys);
      }),
    );
  });
});
