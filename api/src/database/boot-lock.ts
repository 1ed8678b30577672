import { Client } from 'pg';

/**
 * The key of the session advisory lock every API process holds while it boots. Any 64-bit number
 * no other lock uses; this one spells "qorgboot" in ASCII.
 */
const BOOT_LOCK_KEY = '8173305058413022068';

/**
 * Runs `boot` (migrations, the bootstrap account, the sweeps a start does) while holding the boot
 * lock: processes starting together against one database boot one after the other, so the first
 * one migrates and the others find nothing left to do. The lock is a session lock on a connection
 * of its own, so it is released when that connection closes, even if this process dies.
 */
export async function withBootLock<T>(databaseUrl: string, boot: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'qorgau-boot' });
  await client.connect();
  // An error on this idle connection (the database restarting mid-boot) surfaces in `boot` itself.
  client.on('error', () => undefined);
  try {
    await client.query('SELECT pg_advisory_lock($1::bigint)', [BOOT_LOCK_KEY]);
    return await boot();
  } finally {
    await client.end().catch(() => undefined);
  }
}
