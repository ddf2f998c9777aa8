import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Takes a lock file for this process: true when it is ours now. A lock left by a process that no longer runs is
 * taken over, so a crash never blocks the next build. The file appears with the holder's id already in it (written
 * beside it, then linked into place), so a process meeting a lock being taken never reads it empty and takes it as
 * abandoned; of two processes taking over the same abandoned lock, only the one that moves it away first goes on.
 */
export function tryLock(file: string): boolean {
  mkdirSync(dirname(file), { recursive: true });
  if (createNaming(file, process.pid)) return true;
  const holder = lockHolder(file);
  if (holder === undefined ? !unreadableForLong(file) : processIsRunning(holder)) return false;
  const abandoned = `${file}.${process.pid}.abandoned`;
  try {
    renameSync(file, abandoned);
  } catch {
    // Another process moved it first, and takes it.
    return false;
  }
  const moved = lockHolder(abandoned);
  rmSync(abandoned, { force: true });
  if (moved !== holder && moved !== undefined) {
    // What was moved is a lock taken meanwhile by a live process: it goes back, unless the name is taken again.
    createNaming(file, moved);
    return false;
  }
  return createNaming(file, process.pid);
}

/** Creates `file` holding `pid`, complete from its first moment; false when the file exists. */
function createNaming(file: string, pid: number): boolean {
  const written = `${file}.${process.pid}.${pid}.new`;
  writeFileSync(written, String(pid));
  try {
    linkSync(written, file);
    return true;
  } catch (error) {
    // Only "it exists" means another holder; any other failure (no hard links on this file system, no space) must
    // stop the build with its cause rather than leave it waiting for a lock nobody holds.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(written, { force: true });
  }
}

/** A lock naming no process (written by an older version, or damaged) is taken over once it is a minute old. */
function unreadableForLong(file: string): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs > 60_000;
  } catch {
    return false;
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
