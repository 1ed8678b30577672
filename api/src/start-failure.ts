import { ConfigError } from './config/app-config';

/** How a command that could not start says why: one readable line (or the list of bad variables), exit 1. */
export function reportStartFailure(error: unknown): never {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    // The error names the port it could not take, whatever the configuration said.
    const port = (error as NodeJS.ErrnoException & { port?: number }).port;
    process.stderr.write(`Port ${port ?? 'the configured port'} is already in use: is Qorgau already running? Set PORT to use another.\n`);
  } else {
    process.stderr.write(`Qorgau could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
}
