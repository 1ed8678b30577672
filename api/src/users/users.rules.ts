import type { Role } from '@qorgau/shared';

export interface AccountState {
  role: Role;
  active: boolean;
}

/**
 * Nobody may disable or demote the last active admin: the registry would be left with no one
 * able to manage accounts. `activeAdmins` counts the active admins before the change.
 */
export function wouldRemoveLastAdmin(current: AccountState, next: AccountState, activeAdmins: number): boolean {
  const isActiveAdmin = (account: AccountState) => account.active && account.role === 'admin';
  return isActiveAdmin(current) && !isActiveAdmin(next) && activeAdmins <= 1;
}
