import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  activateRelease,
  discardRelease,
  discardUnfinishedReleases,
  liveRelease,
  newRelease,
  type Release,
  siteReleases,
  withBuildLock,
} from './siteReleases.ts';

function buildInto(release: Release, html: string) {
  writeFileSync(join(release.site, 'index.html'), html);
  writeFileSync(release.manifestFile, '{}');
}

describe('site releases', () => {
  it('serves the newest good build and leaves it live when a later build fails', () => {
    const releases = siteReleases(mkdtempSync(join(tmpdir(), 'infohub-site-')));
    const first = newRelease(releases, new Date('2026-11-01T10:00:00Z'));
    buildInto(first, 'first');
    activateRelease(releases, first);
    expect(readFileSync(join(releases.currentLink, 'index.html'), 'utf8')).toBe('first');

    const failed = newRelease(releases, new Date('2026-11-01T11:00:00Z'));
    discardRelease(releases, failed);
    expect(liveRelease(releases)?.id).toBe(first.id);
    expect(readFileSync(join(releases.currentLink, 'index.html'), 'utf8')).toBe('first');

    const second = newRelease(releases, new Date('2026-11-01T12:00:00Z'));
    buildInto(second, 'second');
    activateRelease(releases, second);
    expect(readFileSync(join(releases.currentLink, 'index.html'), 'utf8')).toBe('second');
    expect(liveRelease(releases)).toEqual(second);
  });

  it('keeps only the newest releases', () => {
    const releases = siteReleases(mkdtempSync(join(tmpdir(), 'infohub-site-')));
    for (let hour = 1; hour <= 5; hour++) {
      const release = newRelease(releases, new Date(Date.UTC(2026, 10, 1, hour)));
      buildInto(release, String(hour));
      activateRelease(releases, release, 2);
    }
    expect(readdirSync(join(releases.root, 'releases'))).toHaveLength(2);
    expect(readFileSync(join(releases.currentLink, 'index.html'), 'utf8')).toBe('5');
    expect(existsSync(`${releases.currentLink}.next`)).toBe(false);
  });

  it('discards releases that were never finished, never the live one', () => {
    const releases = siteReleases(mkdtempSync(join(tmpdir(), 'infohub-site-')));
    const live = newRelease(releases, new Date('2026-11-01T10:00:00Z'));
    buildInto(live, 'live');
    activateRelease(releases, live);
    const stopped = newRelease(releases, new Date('2026-11-01T11:00:00Z'));
    expect(discardUnfinishedReleases(releases)).toEqual([stopped.id]);
    expect(readdirSync(join(releases.root, 'releases'))).toEqual([live.id]);
  });

  it('runs one build at a time, and takes over a lock left by a process that is gone', async () => {
    const releases = siteReleases(mkdtempSync(join(tmpdir(), 'infohub-site-')));
    let finishFirst = () => {};
    const first = withBuildLock(releases, () => new Promise<string>((resolve) => (finishFirst = () => resolve('first'))));
    await expect(withBuildLock(releases, async () => 'second')).rejects.toThrow(/Another site build is running \(process \d+\)/);
    finishFirst();
    expect(await first).toBe('first');
    expect(existsSync(join(releases.root, 'build.lock'))).toBe(false);

    writeFileSync(join(releases.root, 'build.lock'), '999999999');
    expect(await withBuildLock(releases, async () => 'after a crash')).toBe('after a crash');
  });
});
