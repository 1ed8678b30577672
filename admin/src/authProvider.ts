import type { LoginResponse, ProblemDetails, Role } from '@qorgau/shared';
import type { AuthProvider } from 'react-admin';
import { canRoleAccess } from './access';
import { forgetUnlockTokenInUrl } from './login/unlockToken';
import { clearSession, readSession, readValidSession, writeSession } from './session';

/** The locale the user chose in the back office (react-admin keeps it in its localStorage store). */
const currentLocale = (): string => {
  try {
    const stored = localStorage.getItem('RaStore.locale');
    return stored ? (JSON.parse(stored) as string) : 'kk';
  } catch {
    return 'kk';
  }
};

/**
 * Turns a failed login response into the message shown under the form. The server's
 * problem+json `detail` (e.g. the lockout message of a 423) is shown as is; without one
 * we fall back to our translated messages.
 */
const loginErrorMessage = async (response: Response): Promise<string> => {
  let body: Partial<ProblemDetails> = {};
  try {
    body = (await response.json()) as Partial<ProblemDetails>;
  } catch {
    // not JSON: keep the generic message below
  }
  if (body.errors && Object.keys(body.errors).length > 0) {
    return Object.values(body.errors).join(' ');
  }
  if (body.detail) return body.detail;
  switch (response.status) {
    case 401:
      return 'qorgau.auth.invalid_credentials';
    case 423:
      return 'qorgau.auth.locked';
    case 429:
      return 'qorgau.auth.too_many_attempts';
    default:
      return 'ra.auth.sign_in_error';
  }
};

export const authProvider: AuthProvider = {
  async login(params: { username?: string; email?: string; password?: string; unlockToken?: string }) {
    const email = (params.email ?? params.username ?? '').trim();
    const unlockToken = params.unlockToken?.trim() || undefined;
    let response: Response;
    try {
      response = await fetch('/api/v1/auth/login', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json, application/problem+json',
          'Accept-Language': currentLocale(),
        },
        body: JSON.stringify({ email, password: params.password ?? '', unlockToken }),
      });
    } catch {
      throw new Error('ra.notification.http_error');
    }
    if (!response.ok) {
      throw new Error(await loginErrorMessage(response));
    }
    const body = (await response.json()) as LoginResponse;
    if (unlockToken) forgetUnlockTokenInUrl();
    writeSession({
      accessToken: body.accessToken,
      expiresAt: Date.now() + body.expiresIn * 1000,
      user: body.user,
    });
  },

  async logout() {
    clearSession();
  },

  async checkAuth() {
    const session = readSession();
    if (!session) {
      // never signed in: go to the login page without an error notification
      throw { message: false };
    }
    if (!readValidSession()) {
      clearSession();
      throw { message: 'qorgau.auth.session_expired' };
    }
  },

  async checkError(error: { status?: number }) {
    // 401: the token is missing, expired or revoked — sign out.
    // 403 is a permission problem: the user stays signed in and sees the error.
    if (error?.status === 401) {
      clearSession();
      throw { message: 'qorgau.auth.session_expired' };
    }
  },

  async getIdentity() {
    const session = readValidSession();
    if (!session) throw new Error('ra.auth.auth_check_error');
    return { id: session.user.id, fullName: session.user.email };
  },

  async getPermissions(): Promise<Role | undefined> {
    return readValidSession()?.user.role;
  },

  async canAccess({ resource, action, record }: { resource: string; action: string; record?: Record<string, unknown> }) {
    // The role matrix of src/access.ts; the API enforces the same rules.
    return canRoleAccess(readValidSession()?.user.role, resource, action, record);
  },
};
