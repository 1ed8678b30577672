import { createHmac } from 'node:crypto';

/*
 * Delivery decisions as plain functions (SPEC §3.8, §5.5): when a failed message is tried again,
 * when it is parked, and the webhook's signature.
 */

/** No retry waits longer than this, however many failures came before. */
export const MAX_RETRY_DELAY_MS = 3_600_000;

/**
 * The wait before the next try after `tries` failed ones: exponential (base, 2×base, 4×base, …, at
 * most an hour) with "equal jitter" — half the delay fixed, half random — so that messages failed
 * by one outage do not all come back at the same instant. `random` is in [0, 1).
 */
export function retryDelayMs(tries: number, baseMs: number, random: number): number {
  const exponential = Math.min(MAX_RETRY_DELAY_MS, baseMs * 2 ** Math.max(0, Math.min(tries - 1, 40)));
  return Math.round(exponential / 2 + (exponential / 2) * random);
}

/** Whether a message that failed its `tries`-th try is parked rather than tried again. */
export function parksAfter(tries: number, maxAttempts: number): boolean {
  return tries >= maxAttempts;
}

/**
 * The `Qorgau-Signature` header of a webhook request: `sha256=` and the lowercase hexadecimal
 * HMAC-SHA-256 of the raw body bytes under NOTIFY_WEBHOOK_SECRET. The receiver computes the same
 * over the bytes it received (before parsing the JSON) and compares in constant time.
 */
export function webhookSignature(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/**
 * `data` with its keys in jsonb's order (shorter first, then by bytes): the order an outbox row gives
 * a payload back in. Every try of a message — the first from wherever it was built, the next from its
 * row — then sends the very same body, which a receiver may compare. (Keys that look like array
 * indices would stay first, as JavaScript keeps them; payloads have none.)
 */
export function inJsonbKeyOrder(data: Record<string, unknown>): Record<string, unknown> {
  const bytes = (key: string) => Buffer.from(key, 'utf8');
  const keys = Object.keys(data).sort((a, b) => bytes(a).length - bytes(b).length || Buffer.compare(bytes(a), bytes(b)));
  return Object.fromEntries(keys.map((key) => [key, data[key]]));
}

/**
 * What `last_error` keeps of a failed try: a status line or an error code, never the message of an
 * SMTP server (it can quote the recipient's address) nor a URL. At most 200 characters.
 */
export function describeFailure(error: unknown): string {
  if (typeof error !== 'object' || error === null) return 'failed';
  const { name, code, responseCode, status } = error as { name?: unknown; code?: unknown; responseCode?: unknown; status?: unknown };
  if (typeof status === 'number') return `HTTP ${status}`;
  // An AbortSignal's timeout (e-mail), or undici's for the webhook's answer or its body.
  if (name === 'TimeoutError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') return 'timed out';
  const parts = [typeof code === 'string' ? code : typeof name === 'string' ? name : 'failed'];
  if (typeof responseCode === 'number') parts.push(`SMTP ${responseCode}`);
  return parts.join(' ').slice(0, 200);
}
