/**
 * The signed-in regulator's session, kept in localStorage so it survives a reload.
 * Only the auth provider writes it; the data provider reads the token from it.
 */
import type { UserSummary } from '@qorgau/shared';

export type SessionUser = UserSummary;

export interface Session {
  accessToken: string;
  /** Epoch milliseconds after which the token is no longer accepted by the API. */
  expiresAt: number;
  user: SessionUser;
}

export const SESSION_STORAGE_KEY = 'qorgau.admin.session';

export const readSession = (): Session | null => {
  const raw = localStorage.getItem(SESSION_STORAGE_KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Session;
    if (typeof session.accessToken !== 'string' || typeof session.expiresAt !== 'number' || !session.user) {
      return null;
    }
    return session;
  } catch {
    return null;
  }
};

/** The session if its token has not expired yet. */
export const readValidSession = (now = Date.now()): Session | null => {
  const session = readSession();
  return session && session.expiresAt > now ? session : null;
};

export const writeSession = (session: Session): void => {
  localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
};

export const clearSession = (): void => {
  localStorage.removeItem(SESSION_STORAGE_KEY);
};
