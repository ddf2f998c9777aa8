import { createHash } from 'node:crypto';
import { processSlot } from '../processSlot.ts';
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
    const hash = createHash('sha256');
    // Document after document, one JSON text a line (JSON has no raw line breaks), then what else the shard shows.
    for (const collection of documentCollections) {
      hash.update(`${collection}\n`);
      for (const document of content[collection]) hash.update(jsonOf(document)).update('\n');
    }
    const { countries, topics, guides, services, hubs, alerts, recruiters, media, ...rest } = content;
    hash.update(
      JSON.stringify({
        rest,
        images: media.map((item) => mediaHashes.get(item.id) ?? null),
        overdue: overdueDocuments({ ...content, generatedAt: snapshot.generatedAt }),
      }),
    );
    fingerprints[shard.id] = hash.digest('hex');
  }
  return fingerprints;
}

const documentCollections = ['countries', 'topics', 'guides', 'services', 'hubs', 'alerts', 'recruiters', 'media'] as const;

/**
 * A document's JSON, written once per document object when it is frozen (a shard's cut of a checked snapshot's
 * document, shared from one publish to the next: see `shardSnapshot`).
 */
const jsonInProcess = processSlot<WeakMap<object, string>>('shardDocumentJson');

function jsonOf(document: object): string {
  if (!Object.isFrozen(document)) return JSON.stringify(document);
  const known = jsonInProcess.get() ?? jsonInProcess.set(new WeakMap());
  let json = known.get(document);
  if (json === undefined) {
    json = JSON.stringify(document);
    known.set(document, json);
  }
  return json;
}
