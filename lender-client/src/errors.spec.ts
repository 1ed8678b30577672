import fc from 'fast-check';
import {
  problemError,
  QorgauBadUrlError,
  QorgauHeadersTooLargeError,
  QorgauMalformedRequestError,
  QorgauPayloadTooLargeError,
  QorgauProblemError,
  QorgauRateLimitedError,
  QorgauRouteNotFoundError,
  QorgauServerError,
  QorgauUnauthorizedError,
  QorgauUnavailableError,
  QorgauUriTooLongError,
  QorgauValidationError,
  type BankProblemCode,
  type Problem,
} from './errors';

const problem = (code: string, status: number): Problem => ({ type: `urn:qorgau:problem:${code}`, title: 'Refused', status, detail: 'why', requestId: 'req-1' });

/** Every code the bank API answers with, its status and its class. */
const CLASSES: Record<BankProblemCode, [number, new (...args: never[]) => QorgauProblemError]> = {
  validation: [400, QorgauValidationError],
  'rate-limited': [429, QorgauRateLimitedError],
  'database-unavailable': [503, QorgauUnavailableError],
  'bad-url': [400, QorgauBadUrlError],
  'uri-too-long': [414, QorgauUriTooLongError],
  'headers-too-large': [431, QorgauHeadersTooLargeError],
  'route-not-found': [404, QorgauRouteNotFoundError],
};

describe('the class of a problem answer', () => {
  it.each(Object.entries(CLASSES))('%s is its own class, carrying the problem', (code, [status, Class]) => {
    const error = problemError(problem(code, status), undefined);
    expect(error).toBeInstanceOf(Class);
    expect(error).toMatchObject({ status, type: `urn:qorgau:problem:${code}`, detail: 'why', requestId: 'req-1', name: Class.name });
  });

  it('groups the problems of a malformed request, whatever status they come with', () => {
    fc.assert(
      fc.property(fc.constantFrom<BankProblemCode>('bad-url', 'uri-too-long', 'headers-too-large'), fc.integer({ min: 400, max: 499 }), (code, status) => {
        const error = problemError(problem(code, status), undefined);
        expect(error).toBeInstanceOf(QorgauMalformedRequestError);
        expect(error).toBeInstanceOf(CLASSES[code][1]);
      }),
    );
    for (const code of ['validation', 'rate-limited', 'database-unavailable', 'route-not-found'] as const) {
      expect(problemError(problem(code, CLASSES[code][0]), undefined)).not.toBeInstanceOf(QorgauMalformedRequestError);
    }
  });

  it('falls back to the status for a code this version does not know, and for about:blank', () => {
    const known = new Set(Object.keys(CLASSES));
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z-]{0,30}$/), fc.integer({ min: 400, max: 599 }), (code, status) => {
        fc.pre(!known.has(code));
        for (const answer of [problem(code, status), { type: 'about:blank', title: 'x', status }]) {
          const error = problemError(answer, 2);
          const expected =
            status === 401
              ? QorgauUnauthorizedError
              : status === 413
                ? QorgauPayloadTooLargeError
                : status === 429
                  ? QorgauRateLimitedError
                  : status === 503
                    ? QorgauUnavailableError
                    : status >= 500
                      ? QorgauServerError
                      : QorgauProblemError;
          expect(error.constructor).toBe(expected);
        }
      }),
    );
  });
});
