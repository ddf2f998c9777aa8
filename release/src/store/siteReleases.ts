import { existsSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { lockHolder, tryLock, unlock } from './lockFile.ts';

/**
 * Built sites live side by side as releases; `current` is a symlink to the served one's public folder. A release
 * is built in a folder of its own and `current` is switched to it with one rename, which is atomic: readers never
 * see a half-written site, and a failed build leaves the last good one live.
 *
 * A release folder holds its public site (`site/`), the snapshot it was built from (`snapshot/`), its manifest
 * (`release.json`: each shard's fingerprint, assets and printed sheets, which the next release reuses from) and,
 * while it is being built, its work files (`work/`).
 */
export interface SiteReleases {
  root: string;
  currentLink: string;
}

export interface Release {
  id: string;
  dir: string;
  /** The public site: what `current` points at once it is live. */
  site: string;
  /** The snapshot it is built from; the images it names sit beside it. */
  snapshotFile: string;
  manifestFile: string;
  /** Plan, shard results and scratch builds, removed when the release goes live. */
  work: string;
}

export function siteReleases(root: string): SiteReleases {
  return { root, currentLink: join(root, 'current') };
}

const releasesFolder = (releases: SiteReleases) => join(releases.root, 'releases');

export function releaseById(releases: SiteReleases, id: string): Release {
  if (!/^[\w-]+$/.test(id)) throw new Error(`"${id}" is not a release id.`);
  const dir = join(releasesFolder(releases), id);
  return {
    id,
    dir,
    site: join(dir, 'site'),
    snapshotFile: join(dir, 'snapshot', 'snapshot.json'),
    manifestFile: join(dir, 'release.json'),
    work: join(dir, 'work'),
  };
}

/** A new, empty release named by its time (so releases sort in the order they were made). */
export function newRelease(releases: SiteReleases, now = new Date()): Release {
  const release = releaseById(releases, now.toISOString().replace(/[:.]/g, '-'));
  for (const folder of [release.site, dirname(release.snapshotFile), release.work]) mkdirSync(folder, { recursive: true });
  return release;
}

/** The release being served, if any. */
export function liveRelease(releases: SiteReleases): Release | undefined {
  if (!existsSync(releases.currentLink)) return undefined;
  // `current` → releases/<id>/site
  return releaseById(releases, basename(dirname(readlinkSync(releases.currentLink))));
}

/** Points `current` at the release's site; keeps the newest few others for a quick roll-back and deletes the rest. */
export function activateRelease(releases: SiteReleases, release: Release, keep = 3): void {
  const temporaryLink = `${releases.currentLink}.next`;
  rmSync(temporaryLink, { force: true });
  symlinkSync(join('releases', release.id, 'site'), temporaryLink);
  renameSync(temporaryLink, releases.currentLink);

  const older = readdirSync(releasesFolder(releases))
    .filter((name) => name !== release.id)
    .sort()
    .reverse();
  for (const name of older.slice(keep - 1)) rmSync(join(releasesFolder(releases), name), { recursive: true, force: true });
}

/** Deletes a release that never went live. The served one is never deleted, whatever asks. */
export function discardRelease(releases: SiteReleases, release: Release): void {
  if (liveRelease(releases)?.id === release.id) return;
  rmSync(release.dir, { recursive: true, force: true });
}

/** Releases never finished (a build that failed or was stopped): none of them is served, and none may be reused. */
export function discardUnfinishedReleases(releases: SiteReleases): string[] {
  const live = liveRelease(releases)?.id;
  if (!existsSync(releasesFolder(releases))) return [];
  const unfinished = readdirSync(releasesFolder(releases)).filter(
    (id) => id !== live && !existsSync(releaseById(releases, id).manifestFile),
  );
  for (const id of unfinished) discardRelease(releases, releaseById(releases, id));
  return unfinished;
}

/**
 * Runs a build while holding the releases' lock file, so that two builds (the CMS's and one started by hand) never
 * write releases or switch `current` at the same time. A lock left by a process that no longer runs is taken over.
 */
export async function withBuildLock<T>(releases: SiteReleases, build: () => Promise<T>): Promise<T> {
  const lockFile = join(releases.root, 'build.lock');
  if (!tryLock(lockFile)) {
    throw new Error(`Another site build is running (process ${lockHolder(lockFile)}); try again when it has finished.`);
  }
  try {
    return await build();
  } finally {
    unlock(lockFile);
  }
}
