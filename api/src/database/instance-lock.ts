import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const LOCK_FILE = 'qorgau.pid';

/**
 * One running Qorgau per data directory: a second start on the same embedded database would
 * fight the first over its files. The lock is a pid file; a lock whose process is gone is stale.
 */
export class InstanceLock {
  private constructor(private readonly file: string) {}

  static acquire(dataDir: string): InstanceLock {
    mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, LOCK_FILE);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
        return new InstanceLock(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = readHolder(file);
        if (holder !== null && holder !== process.pid && isProcessRunning(holder)) {
          throw new Error(
            `Qorgau is already running (pid ${holder}) with its data in ${dataDir}. ` +
              'Stop it first (Ctrl-C in its terminal), or give this one its own DATA_DIR or a DATABASE_URL.',
          );
        }
        unlinkSync(file);
      }
    }
    throw new Error(`Could not take the lock ${file}`);
  }

  /** Whether a live process other than this one holds the lock on `dataDir`. */
  static heldByAnother(dataDir: string): boolean {
    const holder = readHolder(path.join(dataDir, LOCK_FILE));
    return holder !== null && holder !== process.pid && isProcessRunning(holder);
  }

  release() {
    try {
      unlinkSync(this.file);
    } catch {
      // Already gone: nothing to release.
    }
  }
}

function readHolder(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
