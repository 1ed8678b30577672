/** Where `pnpm qorgau ingest` sends a file and as whom: flags first, then QORGAU_* variables. */
export interface CliSettings {
  url: string;
  token?: string;
  email?: string;
  password?: string;
}

export function cliSettings(flags: Record<string, string>, env: NodeJS.ProcessEnv): CliSettings {
  return {
    url: flags.url ?? env.QORGAU_URL ?? `http://localhost:${env.PORT ?? '3000'}`,
    token: flags.token ?? env.QORGAU_TOKEN,
    email: flags.email ?? env.QORGAU_EMAIL,
    password: flags.password ?? env.QORGAU_PASSWORD,
  };
}
