import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishRelease } from './finishRelease.ts';
import type { ReleaseManifest } from './releaseManifest.ts';
import { type ReleasePlan, writePlan } from './releasePlanFile.ts';
import { linkReusedShards } from './reusedShards.ts';
import { releaseProgress } from './shardClaims.ts';
import { writeShardResult } from './shardResults.ts';
import { newRelease, siteReleases } from './siteReleases.ts';

function writeFile(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** A live release with two shards of Panamá, and a release planned after it that rebuilds one and reuses the other. */
function plannedAfterLive() {
  const releases = siteReleases(mkdtempSync(path.join(tmpdir(), 'infohub-reused-')));
  const live = newRelease(releases, new Date('2026-12-01T10:00:00Z'));
  for (const file of ['es/panama/index.html', 'es/panama/guias/visa/index.html', 'pagefind/es/panama/pagefind-entry.json'])
    writeFile(path.join(live.site, file), file);
  writeFile(path.join(live.site, '_astro/site.abc123.css'), 'body{}');
  const manifest: ReleaseManifest = {
    schemaVersion: 1,
    id: live.id,
    finishedAt: '2026-12-01T10:05:00Z',
    codeVersion: 'code',
    printer: 'printer',
    rebuilt: ['es/panama', 'en/panama'],
    shards: {
      'es/panama': { fingerprint: 'es-1', assets: ['/_astro/site.abc123.css'], sheets: {}, pageKeys: {} },
      'en/panama': { fingerprint: 'en-1', assets: [], sheets: {}, pageKeys: {} },
    },
  };
  writeFile(live.manifestFile, JSON.stringify(manifest));

  const release = newRelease(releases, new Date('2026-12-01T11:00:00Z'));
  const plan: ReleasePlan = {
    release: release.id,
    siteUrl: 'https://example.org',
    paper: 'Letter',
    codeVersion: 'code',
    printer: 'printer',
    live: live.id,
    fingerprints: { 'es/panama': 'es-1', 'en/panama': 'en-2' },
    rebuild: ['en/panama'],
    reuse: ['es/panama'],
    weights: { 'es/panama': 1, 'en/panama': 1 },
    shape: { languages: ['es', 'en'], countries: ['panama'] },
  };
  writePlan(release, plan);
  writeShardResult(release, {
    shard: 'en/panama',
    fingerprint: 'en-2',
    assets: [],
    sheets: {},
    pageKeys: {},
    pages: 0,
    pagesReused: 0,
    sheetsPrinted: 0,
    sheetsReused: 0,
  });
  return { releases, live, release };
}

describe('the shards a release reuses', () => {
  it('keeps the release from going live until they are linked, however its rebuilt shards are', () => {
    const { releases, release } = plannedAfterLive();
    expect(releaseProgress(release)).toMatchObject({ pending: [], reusedLinked: false, complete: false });
    expect(() => finishRelease(releases, release.id)).toThrow(/the shards it reuses are not linked/);

    linkReusedShards(releases, release);
    expect(releaseProgress(release)).toMatchObject({ pending: [], reusedLinked: true, complete: true });
  });

  it("links every file of theirs, and the assets their pages use, to the live release's bytes", () => {
    const { releases, live, release } = plannedAfterLive();
    expect(linkReusedShards(releases, release)).toEqual({ shards: 1, files: 3 });
    for (const file of ['es/panama/guias/visa/index.html', 'pagefind/es/panama/pagefind-entry.json', '_astro/site.abc123.css']) {
      expect(statSync(path.join(release.site, file)).ino).toBe(statSync(path.join(live.site, file)).ino);
    }
  });
});
