/**
 * The one-time unlock token the lock e-mail gives as `/admin/?unlock=<token>`. It is read from the
 * page's query, or from the hash route's (`#/login?unlock=…`) where react-admin's router keeps its own.
 */
export function unlockTokenFromUrl(location: Pick<Location, 'search' | 'hash'> = window.location): string | null {
  const hashQuery = location.hash.includes('?') ? location.hash.slice(location.hash.indexOf('?')) : '';
  return new URLSearchParams(location.search).get('unlock') ?? new URLSearchParams(hashQuery).get('unlock');
}

/** Takes the token out of the address bar and the history entry once it has been used. */
export function forgetUnlockTokenInUrl(): void {
  const url = new URL(window.location.href);
  url.searchParams.delete('unlock');
  const [route, routeQuery = ''] = url.hash.split('?');
  const routeParams = new URLSearchParams(routeQuery);
  routeParams.delete('unlock');
  url.hash = routeParams.size > 0 ? `${route}?${routeParams}` : route;
  window.history.replaceState(window.history.state, '', url);
}
