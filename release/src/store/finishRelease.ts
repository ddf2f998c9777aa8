import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseShardId, paths, type Shard } from '@infohub/content-schemas';
import { type ReleaseManifest, readReleaseManifest, type ShardRecord } from './releaseManifest.ts';
import { type ReleasePlan, readPlan } from './releasePlanFile.ts';
import { reusedShardsLinked } from './reusedShards.ts';
import { readShardResult } from './shardResults.ts';
import { activateRelease, type Release, releaseById, type SiteReleases } from './siteReleases.ts';

export interface FinishedRelease {
  release: string;
  rebuilt: string[];
  reused: string[];
}

/**
 * Checks a release and makes it the served site, only when every shard it was to rebuild has been built and every
 * file a reader cannot do without is there: the switch of `current` is one rename, so readers see the old site or
 * the new one, never a mix. A release that fails the check is left unserved, with the reason.
 */
export function finishRelease(releases: SiteReleases, releaseId: string): FinishedRelease {
  const release = releaseById(releases, releaseId);
  // Asked twice (two last shards each asked for it), the second finds it done and answers the same.
  const done = readReleaseManifest(release.manifestFile);
  if (done)
    return { release: release.id, rebuilt: done.rebuilt, reused: Object.keys(done.shards).filter((id) => !done.rebuilt.includes(id)) };
  const plan = readPlan(release);
  const live = plan.live ? readReleaseManifest(releaseById(releases, plan.live).manifestFile) : undefined;
  const records: Record<string, ShardRecord> = {};
  const unbuilt: string[] = [];
  for (const id of plan.rebuild) {
    const result = readShardResult(release, id);
    if (result) {
      const { fingerprint, assets, sheets, pageKeys, searchIndex } = result;
      records[id] = { fingerprint, assets, sheets, pageKeys, ...(searchIndex === undefined ? {} : { searchIndex }) };
    } else unbuilt.push(id);
  }
  if (unbuilt.length > 0) throw new Error(`The release ${release.id} is not complete: ${unbuilt.join(', ')} not built.`);
  if (!reusedShardsLinked(release, plan))
    throw new Error(`The release ${release.id} is not complete: the shards it reuses are not linked from ${plan.live} yet.`);
  for (const id of plan.reuse) {
    const record = live?.shards[id];
    if (!record) throw new Error(`The release ${release.id} reuses ${id}, which the live release does not record.`);
    records[id] = record;
  }
  checkFiles(release, plan, records);

  const manifest: ReleaseManifest = {
    schemaVersion: 1,
    id: release.id,
    finishedAt: new Date().toISOString(),
    codeVersion: plan.codeVersion,
    printer: plan.printer,
    rebuilt: plan.rebuild,
    shards: records,
  };
  writeFileSync(release.manifestFile, `${JSON.stringify(manifest)}\n`);
  rmSync(release.work, { recursive: true, force: true });
  activateRelease(releases, release);
  return { release: release.id, rebuilt: plan.rebuild, reused: plan.reuse };
}

/** What a served site cannot do without, per shard: a build that exits 0 but misses one must not go live. */
function requiredFiles(shard: Shard, plan: ReleasePlan): string[] {
  if (shard.kind === 'country') {
    const home = paths.country(shard.lang, shard.country);
    return [
      `${home}index.html`,
      `${paths.search(shard.lang, shard.country)}index.html`,
      `${paths.counter(shard.lang, shard.country)}index.html`,
      paths.counterData(shard.lang, shard.country),
      `/pagefind/${shard.lang}/${shard.country}/pagefind-entry.json`,
      paths.countrySitemap(shard.lang, shard.country),
      paths.offlinePages(shard.lang, shard.country),
    ];
  }
  return [
    '/index.html',
    '/404.html',
    '/pagefind/pagefind.js',
    '/pagefind/runtime-files.json',
    '/sw.js',
    paths.sitemapIndex(),
    ...plan.shape.languages.map((lang) => `${paths.home(lang)}index.html`),
  ];
}

function checkFiles(release: Release, plan: ReleasePlan, records: Record<string, ShardRecord>): void {
  const missing: string[] = [];
  for (const [id, record] of Object.entries(records)) {
    const shard = parseShardId(id);
    const files = [...requiredFiles(shard, plan), ...record.assets, ...Object.keys(record.sheets).map((sheet) => paths.sheetPdf(sheet))];
    for (const file of files) if (!existsSync(path.join(release.site, file))) missing.push(`${file} (${id})`);
  }
  if (missing.length > 0) {
    const shown = missing.slice(0, 20).join(', ');
    throw new Error(
      `The release ${release.id} is incomplete: ${shown}${missing.length > 20 ? ` and ${missing.length - 20} more` : ''} missing.`,
    );
  }
}
