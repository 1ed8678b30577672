import { useEffect, useState } from 'react';

export const PUBLIC_API = '/api/v1/public';

export type Remote<T> =
  | { state: 'loading' }
  | { state: 'ok'; data: T; headers: Headers }
  | { state: 'not-found' }
  | { state: 'invalid' }
  | { state: 'error' };

/** A public API resource, fetched again whenever `path` changes; an answer for an older path is dropped. */
export function usePublicApi<T>(path: string): Remote<T> {
  const [remote, setRemote] = useState<{ path: string; value: Remote<T> }>({ path, value: { state: 'loading' } });

  useEffect(() => {
    const controller = new AbortController();
    const settle = (value: Remote<T>) => setRemote({ path, value });
    fetch(PUBLIC_API + path, { signal: controller.signal, headers: { accept: 'application/json' } })
      .then(async (response) => {
        if (response.ok) settle({ state: 'ok', data: (await response.json()) as T, headers: response.headers });
        else if (response.status === 404) settle({ state: 'not-found' });
        else if (response.status === 400) settle({ state: 'invalid' });
        else settle({ state: 'error' });
      })
      .catch(() => {
        if (!controller.signal.aborted) settle({ state: 'error' });
      });
    return () => controller.abort();
  }, [path]);

  return remote.path === path ? remote.value : { state: 'loading' };
}

/** The total of a `Content-Range: breaches 0-19/42` header. */
export function totalOf(headers: Headers): number {
  const match = /\/(\d+)$/.exec(headers.get('content-range') ?? '');
  return match ? Number(match[1]) : 0;
}
