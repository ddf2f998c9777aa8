import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * Built sites live side by side as releases; `current` is a symlink to the one being served. A new build goes
 * into a fresh release folder and `current` is switched to it with one rename, which is atomic: readers never see
 * a half-written site, and a failed build leaves the last good one live.
 */
export interface SiteReleases {
  root: string;
  currentLink: string;
}

export function siteReleases(root: string): SiteReleases {
  return { root, currentLink: join(root, 'current') };
}

export function newReleaseDir(releases: SiteReleases, now = new Date()): string {
  const dir = join(releases.root, 'releases', now.toISOString().replace(/[:.]/g, '-'));
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function currentRelease(releases: SiteReleases): string | undefined {
  return existsSync(releases.currentLink) ? join(releases.root, readlinkSync(releases.currentLink)) : undefined;
}

/** Points `current` at the release; keeps the newest few others for a quick roll-back and deletes the rest. */
export function activateRelease(releases: SiteReleases, releaseDir: string, keep = 3): void {
  const temporaryLink = `${releases.currentLink}.next`;
  rmSync(temporaryLink, { force: true });
  symlinkSync(join('releases', basename(releaseDir)), temporaryLink);
  renameSync(temporaryLink, releases.currentLink);

  const releasesDir = join(releases.root, 'releases');
  const older = readdirSync(releasesDir)
    .filter((name) => name !== basename(releaseDir))
    .sort()
    .reverse();
  for (const name of older.slice(keep - 1)) rmSync(join(releasesDir, name), { recursive: true, force: true });
}

export function discardRelease(releaseDir: string): void {
  rmSync(releaseDir, { recursive: true, force: true });
}

/**
 * Runs a build while holding the releases' lock file, so that two builds (the CMS's and one started by hand) never
 * write releases or switch `current` at the same time. A lock left by a process that no longer runs is taken over.
 */
export async function withBuildLock<T>(releases: SiteReleases, build: () => Promise<T>): Promise<T> {
  const lockFile = join(releases.root, 'build.lock');
  mkdirSync(releases.root, { recursive: true });
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (processIsRunning(holder)) throw new Error(`Another site build is running (process ${holder}); try again when it has finished.`);
    writeFileSync(lockFile, String(process.pid));
  }
  try {
    return await build();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

function processIsRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
