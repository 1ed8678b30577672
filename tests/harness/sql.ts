import { Client } from 'pg';

/** Runs one statement against a test database, outside the application: for checks and tampering. */
export async function sql<Row = Record<string, unknown>>(databaseUrl: string, query: string, parameters: unknown[] = []): Promise<Row[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(query, parameters)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** The role the API serves requests as in that database (api/src/database/app-role.ts). */
export function apiRoleOf(databaseUrl: string): string {
  return `${new URL(databaseUrl).pathname.slice(1).slice(0, 59)}_api`;
}
