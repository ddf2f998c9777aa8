import { createHash } from 'node:crypto';
import { processSlot } from '../processSlot.ts';
import { type Snapshot, snapshotCollections } from '../snapshot/schema.ts';
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
    const hash = createHash('sha256');
    // Document after document, each by the hash of its JSON, then what else the shard shows.
    for (const collection of snapshotCollections) {
      hash.update(`${collection}\n`);
      for (const document of content[collection]) hash.update(hashOf(document));
    }
    const rest = Object.fromEntries(Object.entries(content).filter(([key]) => !(snapshotCollections as readonly string[]).includes(key)));
    hash.update(
      JSON.stringify({
        rest,
        images: content.media.map((item) => mediaHashes.get(item.id) ?? null),
        overdue: overdueDocuments({ ...content, generatedAt: snapshot.generatedAt }),
      }),
    );
    fingerprints[shard.id] = hash.digest('hex');
  }
  return fingerprints;
}

/**
 * The hash of a document's JSON, worked out once per document object when it is frozen (a shard's cut of a checked
 * snapshot's document, shared from one publish to the next: see `shardSnapshot`).
 */
const hashesInProcess = processSlot<WeakMap<object, Buffer>>('shardDocumentHashes');

function hashOf(document: object): Buffer {
  const hashJson = () => createHash('sha256').update(JSON.stringify(document)).digest();
  if (!Object.isFrozen(document)) return hashJson();
  const known = hashesInProcess.get() ?? hashesInProcess.set(new WeakMap());
  let hash = known.get(document);
  if (hash === undefined) {
    hash = hashJson();
    known.set(document, hash);
  }
  return hash;
}
