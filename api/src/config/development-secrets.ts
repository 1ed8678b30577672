import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AppConfig } from './app-config';

export type ResolvedConfig = AppConfig & {
  auth: AppConfig['auth'] & { jwtSecret: string };
  registry: { pepper: string };
};

/**
 * Outside production, a secret that is not configured is generated once and kept in the data
 * directory, so that tokens and identifier hashes survive a restart (SPEC §3.7).
 */
export function resolveDevelopmentSecrets(config: AppConfig): ResolvedConfig {
  const secretFile = (name: string) => readOrCreateSecret(path.join(config.database.dataDir, 'secrets', name));
  return {
    ...config,
    auth: { ...config.auth, jwtSecret: config.auth.jwtSecret ?? secretFile('jwt-secret') },
    registry: { pepper: config.registry.pepper ?? secretFile('registry-pepper') },
  };
}

function readOrCreateSecret(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}
