import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Takes a lock file for this process: true when it is ours now. A lock left by a process that no longer runs is
 * taken over, so a crash never blocks the next build.
 */
export function tryLock(file: string): boolean {
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    const holder = lockHolder(file);
    if (holder !== undefined && processIsRunning(holder)) return false;
    writeFileSync(file, String(process.pid));
    return true;
  }
}

export function unlock(file: string): void {
  rmSync(file, { force: true });
}

/** The process holding a lock file, if it names one. */
export function lockHolder(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
