import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/**
 * Runs scripts/ensure-ha-tools.sh (Debian's PostgreSQL 15, Patroni, etcd, HAProxy, docker-compose,
 * installed when missing): null once they are there, or why they cannot be (not root, or no apt),
 * the one reason a test of them may be skipped.
 */
export function haToolsMissing(): string | null {
  try {
    execFileSync(path.join(REPO_ROOT, 'scripts', 'ensure-ha-tools.sh'), { stdio: ['ignore', 'inherit', 'pipe'] });
    return null;
  } catch (error) {
    const { status, stderr } = error as { status: number; stderr: Buffer };
    if (status === 2) return stderr.toString().trim();
    throw error;
  }
}
