import type { ClientBase } from 'pg';

/**
 * The role the API serves requests as (SPEC §3.x, the audit log): a NOLOGIN role of its own per
 * database, `<database>_api` (`qorgau_api` for the embedded database). Roles are cluster-wide, so
 * the name carries the database's: many databases on one server (the test suite's) never share one.
 *
 * Threat model. The owner of `audit_events` can disable its append-only trigger and recompute the
 * hash chain. The API's request connections therefore run as this role, which may only INSERT and
 * SELECT the audit table and owns nothing there: a bug, an SQL injection or a compromised query
 * path cannot rewrite the trail. Migrations alone run as the owner (DATABASE_URL). What this does
 * not protect against: with a plain DATABASE_URL the process still logs in as the owner and turns
 * into this role with `SET ROLE`, which the session could undo (`RESET ROLE`); an attacker running
 * code in the process has the owner's credentials. DATABASE_APP_URL (a login that is, or is a member
 * of, this role) keeps the owner's credentials out of the request connections; the signed chain
 * heads (audit-head/) make a rewrite by anyone holding the owner's credentials detectable.
 */
export const APP_ROLE_NAME_SQL = `left(current_database(), 59) || '_api'`;

/** Turns a new connection into the API's role before any query of the pool uses it. */
export async function becomeAppRole(client: ClientBase): Promise<void> {
  await client.query(`SELECT set_config('role', ${APP_ROLE_NAME_SQL}, false)`);
}
