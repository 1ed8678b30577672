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
