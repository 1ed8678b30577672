import type { CitizenSignInConfig } from '@qorgau/shared';
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { useEffect, useState } from 'react';

export const CALLBACK_PATH = '/signin/callback';

let manager: Promise<{ userManager: UserManager; config: CitizenSignInConfig }> | undefined;

/**
 * The OpenID Connect client (authorization code with PKCE) for the provider the API names: the
 * e-government one, or the development provider on this server. The session lives in
 * sessionStorage: it ends with the tab.
 */
export function signInClient() {
  manager ??= fetch('/api/v1/citizen-sign-in/config').then(async (response) => {
    if (!response.ok) throw new Error(`sign-in config: ${response.status}`);
    const config = (await response.json()) as CitizenSignInConfig;
    const userManager = new UserManager({
      authority: new URL(config.authority, window.location.origin).toString(),
      client_id: config.clientId,
      redirect_uri: window.location.origin + CALLBACK_PATH,
      response_type: 'code',
      scope: config.scope,
      loadUserInfo: false,
      automaticSilentRenew: false,
      monitorSession: false,
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
      stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    });
    return { userManager, config };
  });
  manager.catch(() => (manager = undefined));
  return manager;
}

export type Session = { state: 'loading' } | { state: 'signed-out' } | { state: 'signed-in'; user: User } | { state: 'unavailable' };

/** The citizen's session, kept in step with sign-in and sign-out. */
export function useSession(): Session {
  const [session, setSession] = useState<Session>({ state: 'loading' });
  useEffect(() => {
    let active = true;
    let unsubscribe = () => {};
    signInClient()
      .then(async ({ userManager }) => {
        const update = (user: User | null) => {
          if (active) setSession(user && !user.expired ? { state: 'signed-in', user } : { state: 'signed-out' });
        };
        const onLoaded = (user: User) => update(user);
        const onUnloaded = () => update(null);
        userManager.events.addUserLoaded(onLoaded);
        userManager.events.addUserUnloaded(onUnloaded);
        unsubscribe = () => {
          userManager.events.removeUserLoaded(onLoaded);
          userManager.events.removeUserUnloaded(onUnloaded);
        };
        update(await userManager.getUser());
      })
      .catch(() => active && setSession({ state: 'unavailable' }));
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);
  return session;
}
