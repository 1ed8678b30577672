import type { JSONWebKeySet } from 'jose';
import { AnswerVerifier } from './answer-verifier.js';
import { problemError, QorgauNetworkError, QorgauRetryLaterError, QorgauTimeoutError, QorgauUnexpectedResponseError, type Problem } from './errors.js';
import { parseRetryAfter, retryDelayMs, type RetryPolicy } from './retry.js';
import type { BatchCheckAnswer, CheckContext, VerifiedAnswer } from './types.js';

export interface QorgauClientOptions {
  /** The registry's address, e.g. `https://qorgau.example.kz` (a local sandbox: `http://localhost:3000`). */
  baseUrl: string;
  /** The lender's API key (`qk_…`), issued in the back office. */
  apiKey: string;
  /** How long one attempt may take, answer read included. Default 10 s. A timeout is not retried. */
  timeoutMs?: number;
  /** Retries after a 429, a 503 or a connection that failed, with the same reference. Default 3. */
  maxRetries?: number;
  /** The longest wait before a retry; a `Retry-After` beyond it is not waited out. Default 30 s. */
  maxRetryDelayMs?: number;
  /** An answer signed longer ago than this is refused as stale. Default 5 minutes. */
  maxAnswerAgeMs?: number;
  /** For tests and unusual runtimes; the global `fetch` by default. */
  fetch?: typeof fetch;
}

const API_PREFIX = '/api/v1';
const DEFAULTS = { timeoutMs: 10_000, maxRetries: 3, maxRetryDelayMs: 30_000, maxAnswerAgeMs: 5 * 60_000 };
/** How far ahead of this machine's clock the registry's may be before an answer counts as from the future. */
const CLOCK_SKEW_MS = 60_000;
/** After an answer named a key the cached JWKS did not have, the JWKS is fetched again no sooner than this. */
const UNKNOWN_KID_COOLDOWN_MS = 5_000;
/** How long the JWKS is kept when the registry does not say (it says `max-age=300`). */
const DEFAULT_JWKS_MAX_AGE_MS = 300_000;

/**
 * Qorgau's bank API (SPEC §5.2): restriction checks, one IIN with a signed answer or up to 1,000 in
 * a batch. Every signed answer is verified against the registry's published keys before it is
 * returned; a 429 or 503 is waited out as `Retry-After` says, a bounded number of times.
 */
export class QorgauClient {
  private readonly baseUrl: string;
  private readonly apiKey: string;
  private readonly timeoutMs: number;
  private readonly retryPolicy: RetryPolicy;
  private readonly fetch: typeof fetch;
  private readonly verifier: AnswerVerifier;

  constructor(options: QorgauClientOptions) {
    if (!options.baseUrl) throw new TypeError('QorgauClient needs baseUrl, e.g. https://qorgau.example.kz');
    if (!options.apiKey) throw new TypeError('QorgauClient needs apiKey, the key issued in the back office');
    this.baseUrl = options.baseUrl.replace(/\/+$/, '').replace(/\/api\/v1$/, '');
    this.apiKey = options.apiKey;
    this.timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
    this.retryPolicy = { maxRetries: options.maxRetries ?? DEFAULTS.maxRetries, maxRetryDelayMs: options.maxRetryDelayMs ?? DEFAULTS.maxRetryDelayMs };
    this.fetch = options.fetch ?? globalThis.fetch;
    this.verifier = new AnswerVerifier(
      { fetchJwks: () => this.fetchJwks() },
      {
        maxAnswerAgeMs: options.maxAnswerAgeMs ?? DEFAULTS.maxAnswerAgeMs,
        clockSkewMs: CLOCK_SKEW_MS,
        unknownKidCooldownMs: UNKNOWN_KID_COOLDOWN_MS,
        defaultJwksMaxAgeMs: DEFAULT_JWKS_MAX_AGE_MS,
        now: Date.now,
      },
    );
  }

  /**
   * Whether `iin` is restricted for this lender, and until when: the signed answer, verified.
   * Keep `signature` (and `inquiryId`) with the application as proof that you checked.
   */
  async check(iin: string, context: CheckContext): Promise<VerifiedAnswer> {
    const asked = iin.trim();
    const query = new URLSearchParams({ purpose: context.purpose, reference: context.reference });
    const { body } = await this.send('GET', `${API_PREFIX}/restrictions/${encodeURIComponent(asked)}?${query}`, { authenticated: true });
    return this.verifier.verify(body, asked);
  }

  /** Up to 1,000 IINs in one inquiry; one answer per distinct IIN. Not signed: use {@link check} where you need a proof. */
  async checkBatch(iins: readonly string[], context: CheckContext): Promise<BatchCheckAnswer> {
    const { body } = await this.send('POST', `${API_PREFIX}/restrictions/check`, { authenticated: true, json: { purpose: context.purpose, reference: context.reference, iins } });
    return body as BatchCheckAnswer;
  }

  private async fetchJwks(): Promise<{ jwks: JSONWebKeySet; maxAgeMs: number | undefined }> {
    const { body, headers } = await this.send('GET', `${API_PREFIX}/.well-known/jwks.json`, { authenticated: false });
    const maxAge = /(?:^|,)\s*max-age=(\d+)/.exec(headers.get('cache-control') ?? '');
    return { jwks: body as JSONWebKeySet, maxAgeMs: maxAge ? Number(maxAge[1]) * 1000 : undefined };
  }

  /** One request, retried after a 429, a 503 or a failed connection while the policy allows; the same URL and body each time. */
  private async send(method: string, path: string, options: { authenticated: boolean; json?: unknown }): Promise<{ body: unknown; headers: Headers }> {
    const url = this.baseUrl + path;
    for (let retry = 1; ; retry++) {
      let failure: QorgauRetryLaterError | QorgauNetworkError;
      try {
        return await this.attempt(method, url, options);
      } catch (error) {
        if (!(error instanceof QorgauRetryLaterError || error instanceof QorgauNetworkError)) throw error;
        failure = error;
      }
      const delay = retryDelayMs(retry, failure instanceof QorgauRetryLaterError ? failure.retryAfterSeconds : undefined, this.retryPolicy);
      if (delay === null) throw failure;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  private async attempt(method: string, url: string, options: { authenticated: boolean; json?: unknown }): Promise<{ body: unknown; headers: Headers }> {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (options.authenticated) headers.authorization = `Bearer ${this.apiKey}`;
    if (options.json !== undefined) headers['content-type'] = 'application/json';
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeoutMs);
    try {
      const response = await this.fetch(url, { method, headers, body: options.json === undefined ? undefined : JSON.stringify(options.json), signal: abort.signal });
      const text = await response.text();
      const body = parseJson(text);
      if (response.ok) {
        if (body === undefined) throw new QorgauUnexpectedResponseError(url, response.status, 'the body is not JSON');
        return { body, headers: response.headers };
      }
      if (!isProblem(body)) throw new QorgauUnexpectedResponseError(url, response.status, `not a problem document: ${text.slice(0, 200)}`);
      throw problemError(body, parseRetryAfter(response.headers.get('retry-after'), Date.now()));
    } catch (error) {
      if (abort.signal.aborted) throw new QorgauTimeoutError(url, this.timeoutMs);
      if (error instanceof TypeError) throw new QorgauNetworkError(url, error.cause ?? error);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isProblem(body: unknown): body is Problem {
  const problem = body as Partial<Problem> | undefined;
  return typeof problem === 'object' && problem !== null && typeof problem.type === 'string' && typeof problem.status === 'number' && typeof problem.title === 'string';
}
