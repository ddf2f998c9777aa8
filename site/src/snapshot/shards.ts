import {
  type CountryShard,
  listShards,
  parseShardId,
  type Shard,
  type Snapshot,
  type SnapshotCountry,
  shardOfPage,
  shardSnapshot,
} from '@infohub/content-schemas';
import { readSiteEnv } from '~/env.ts';
import { loadSnapshot } from './snapshot.ts';

/**
 * The shards this build renders (all of them unless `INFOHUB_SHARDS` names some), and what each shard's pages read:
 * its `shardSnapshot`, never the whole snapshot, so that a page can only change when its shard's fingerprint does.
 */
export function shardsToRender(snapshot: Snapshot, requested = readSiteEnv().shards): Shard[] {
  const all = listShards(snapshot);
  if (requested === undefined) return all;
  const known = new Set(all.map((shard) => shard.id));
  const unknown = requested.filter((id) => !known.has(parseShardId(id).id));
  if (unknown.length > 0) {
    throw new Error(`INFOHUB_SHARDS names shards the snapshot does not have: ${unknown.join(', ')}. Its shards: ${[...known].join(', ')}.`);
  }
  const wanted = new Set(requested);
  return all.filter((shard) => wanted.has(shard.id));
}

export function rendersSiteShard(snapshot: Snapshot): boolean {
  return shardsToRender(snapshot).some((shard) => shard.kind === 'site');
}

export function countryShardsToRender(snapshot: Snapshot): CountryShard[] {
  return shardsToRender(snapshot).filter((shard) => shard.kind === 'country');
}

const projections = new WeakMap<Snapshot, Map<string, Snapshot>>();

/** One shard's part of the snapshot, worked out once per build. */
export function shardContent(snapshot: Snapshot, shard: Shard): Snapshot {
  let byShard = projections.get(snapshot);
  if (!byShard) {
    byShard = new Map();
    projections.set(snapshot, byShard);
  }
  let content = byShard.get(shard.id);
  if (!content) {
    content = shardSnapshot(snapshot, shard);
    byShard.set(shard.id, content);
  }
  return content;
}

/** What a page reads, from its route parameters: its country shard's content, or the site-wide shard's. */
export function pageSnapshot(params: { lang?: string | undefined; country?: string | undefined }): Snapshot {
  return shardContent(loadSnapshot(), shardOfPage(params));
}

/** The country a country shard is about, as its content holds it. */
export function shardCountry(snapshot: Snapshot, shard: CountryShard): SnapshotCountry {
  const country = shardContent(snapshot, shard).countries.find((candidate) => candidate.slug === shard.country);
  if (!country) throw new Error(`The snapshot has no country "${shard.country}" for the shard ${shard.id}.`);
  return country;
}
