import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Snapshot, shardFingerprints } from '@infohub/content-schemas';

/** What the export writes beside a snapshot: each shard's content fingerprint (content-schemas' `shardFingerprints`). */
export const shardFingerprintsFile = 'shards.json';

/**
 * Writes each shard's content fingerprint beside a snapshot (`shards.json`), with the hash of the snapshot file it
 * belongs to: the export does this, so that planning a release need not read every document again.
 */
export function writeShardFingerprints(snapshotFile: string, snapshot: Snapshot): void {
  const shards = shardFingerprints(snapshot, mediaHashes(snapshotFile, snapshot));
  const file = path.join(path.dirname(snapshotFile), shardFingerprintsFile);
  writeFileSync(`${file}.tmp`, JSON.stringify({ snapshot: fileHash(snapshotFile), shards }));
  renameSync(`${file}.tmp`, file);
}

/** The fingerprints the export wrote for this very snapshot file, if it did. */
export function readShardFingerprints(snapshotFile: string): Record<string, string> | undefined {
  const file = path.join(path.dirname(snapshotFile), shardFingerprintsFile);
  if (!existsSync(file)) return undefined;
  const written = JSON.parse(readFileSync(file, 'utf8')) as { snapshot?: string; shards?: Record<string, string> };
  return written.snapshot === fileHash(snapshotFile) ? written.shards : undefined;
}

/** Each image's file hash, so that an image replaced under the same name still changes the shards showing it. */
export function mediaHashes(snapshotFile: string, snapshot: Snapshot): Map<string, string> {
  return new Map(snapshot.media.map((item) => [item.id, fileHash(path.join(path.dirname(snapshotFile), item.file))]));
}

function fileHash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
