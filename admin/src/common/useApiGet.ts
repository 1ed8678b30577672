import { useCallback, useEffect, useState } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';
import { httpClient } from '../dataProvider';

export type ApiGetState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'error'; data?: undefined; error: unknown };

/**
 * GET one of the API's endpoints that are not ra-data-simple-rest resources (stats, a breach's
 * timeline, the audit chain report) with the regulator's token. Fetches again when `url` or any
 * of `deps` changes, or when `retry` is called. A 401 signs the user out through
 * authProvider.checkError, like any data-provider call.
 *
 * While it fetches again, the previous data stays on screen (no flicker after a refresh).
 */
export const useApiGet = <T>(url: string, deps: readonly unknown[] = []) => {
  // `url` records which request the state answers: another URL's data is never shown for this one.
  const [{ url: answered, ...state }, setState] = useState<ApiGetState<T> & { url?: string }>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const logoutIfAccessDenied = useLogoutIfAccessDenied();

  useEffect(() => {
    let cancelled = false;
    setState((previous) => (previous.status === 'ready' && previous.url === url ? previous : { status: 'loading' }));
    httpClient(url)
      .then(({ json }) => {
        if (!cancelled) setState({ status: 'ready', data: json as T, url });
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        setState({ status: 'error', error, url });
        void logoutIfAccessDenied(error);
      });
    return () => {
      cancelled = true;
    };
  }, [url, attempt, logoutIfAccessDenied, ...deps]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const current: ApiGetState<T> = answered === url ? state : { status: 'loading' };
  return { ...current, retry };
};
