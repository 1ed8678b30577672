import { rmSync } from 'node:fs';
import type { EmbeddedPostgres } from '../../api/src/database/embedded-postgres';
import { testClusterDir } from './global-setup';

export default async function globalTeardown() {
  const postgres = (globalThis as { testPostgres?: EmbeddedPostgres }).testPostgres;
  if (!postgres) return;
  await postgres.stop();
  rmSync(testClusterDir(process.pid), { recursive: true, force: true });
}
