import { createHash } from 'node:crypto';
import type { Snapshot } from '../snapshot/schema.ts';
import { overdueDocuments, shardSnapshot } from './shardSnapshot.ts';
import { listShards } from './shards.ts';

/** A content hash per shard id: what each shard shows of a snapshot, and nothing else. */
export type ShardFingerprints = Record<string, string>;

/**
 * The content part of every shard's fingerprint: a hash over exactly what the shard renders (its `shardSnapshot`,
 * the bytes of the images it shows, and which of its documents are overdue for review) and not the moment of the
 * export. The site's code and build settings are added by the release planner, which knows them.
 *
 * `mediaHashes` gives each image's file hash by media id: an image replaced under the same name changes the shards
 * that show it. Without it, only the images' names and sizes count.
 */
export function shardFingerprints(snapshot: Snapshot, mediaHashes: ReadonlyMap<string, string> = new Map()): ShardFingerprints {
  const fingerprints: ShardFingerprints = {};
  for (const shard of listShards(snapshot)) {
    const { generatedAt: _exportedAt, ...content } = shardSnapshot(snapshot, shard);
    const hashed = {
      content,
      images: content.media.map((item) => mediaHashes.get(item.id) ?? null),
      overdue: overdueDocuments({ ...content, generatedAt: snapshot.generatedAt }),
    };
    fingerprints[shard.id] = createHash('sha256').update(JSON.stringify(hashed)).digest('hex');
  }
  return fingerprints;
}
