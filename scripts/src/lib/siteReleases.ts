import { existsSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
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
