import type { EmbeddedPostgres } from '../../api/src/database/embedded-postgres';

export default async function globalTeardown() {
  await (globalThis as { testPostgres?: EmbeddedPostgres }).testPostgres?.stop();
}
