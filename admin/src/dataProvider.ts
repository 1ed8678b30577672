import { fetchUtils } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import { readValidSession } from './session';

/** fetchJson with the regulator's Bearer token; every API call of the back office goes through it. */
export const httpClient = (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  const session = readValidSession();
  if (session) headers.set('Authorization', `Bearer ${session.accessToken}`);
  return fetchUtils.fetchJson(url, { ...options, headers });
};

export const dataProvider = simpleRestProvider('/api/v1/admin', httpClient);
