import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ShardRecord } from './releaseManifest.ts';
import type { Release } from './siteReleases.ts';

/** What building one shard gave: its manifest record, and what it took. */
export interface ShardResult extends ShardRecord {
  shard: string;
  pages: number;
  /** Document pages taken from the live release instead of rendered (counted in `pages`). */
  pagesReused: number;
  sheetsPrinted: number;
  sheetsReused: number;
}

const resultFile = (release: Release, shardId: string) => path.join(release.work, 'shards', `${shardId.replace('/', '__')}.json`);

/** A shard's result, once its build has put its files into the release. */
export function readShardResult(release: Release, shardId: string): ShardResult | undefined {
  const file = resultFile(release, shardId);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ShardResult) : undefined;
}

/** Written last, once the shard's files are in the release: a shard with a result is a shard built. */
export function writeShardResult(release: Release, result: ShardResult): void {
  const file = resultFile(release, result.shard);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(result));
}
