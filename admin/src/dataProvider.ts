import { fetchUtils, HttpError } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import type { ProblemDetails } from '@qorgau/shared';
import { readValidSession } from './session';

/**
 * fetchJson with the regulator's Bearer token; every API call of the back office goes through it.
 *
 * fetchJson already rejects with an HttpError whose `body` is the parsed problem+json, so a 400's
 * `errors: {field: message}` reaches react-admin, which shows each message beside its field.
 * Its `message` is the JSON's `message` or the status text ("Conflict"), though; our API says
 * what went wrong in `detail` (RFC 9457), so that becomes the message the notification shows.
 */
export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  const session = readValidSession();
  if (session) headers.set('Authorization', `Bearer ${session.accessToken}`);
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers });
  } catch (error) {
    const body = (error as HttpError | undefined)?.body as Partial<ProblemDetails> | undefined;
    if (error instanceof HttpError && typeof body?.detail === 'string' && body.detail !== '') {
      throw new HttpError(body.detail, error.status, error.body);
    }
    throw error;
  }
};

export const dataProvider = simpleRestProvider('/api/v1/admin', httpClient);
