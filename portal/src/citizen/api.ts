import type { ProblemDetails } from '@qorgau/shared';
import { useCallback, useEffect, useState } from 'react';
import type { Lang } from '../i18n';
import { signInClient } from './auth';

/** An API refusal: its `detail` (in the language asked for) and a message per field. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors: Record<string, string>,
  ) {
    super(detail);
  }
}

/** A call to the citizen API as the signed-in person, in the chosen language. */
export async function citizenApi<T>(token: string, lang: Lang, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      'accept-language': lang,
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  if (response.ok) return (await response.json()) as T;
  // The identity token expired or was refused: the person signs in again.
  if (response.status === 401) void signInClient().then(({ userManager }) => userManager.removeUser());
  const problem = (await response.json().catch(() => ({}))) as Partial<ProblemDetails>;
  throw new ApiProblem(response.status, problem.detail ?? response.statusText, problem.errors ?? {});
}

export type Loaded<T> = { state: 'loading' } | { state: 'ok'; data: T } | { state: 'error'; problem: ApiProblem | null };

/** A citizen API resource; `reload` fetches it again (after a change the person made). */
export function useCitizenApi<T>(token: string, lang: Lang, path: string): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let active = true;
    citizenApi<T>(token, lang, 'GET', path).then(
      (data) => active && setLoaded({ state: 'ok', data }),
      (error: unknown) => active && setLoaded({ state: 'error', problem: error instanceof ApiProblem ? error : null }),
    );
    return () => {
      active = false;
    };
  }, [token, lang, path, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return [loaded, reload];
}
