import { type Release, writeShardFingerprints } from '@infohub/release/store';
import type { Payload } from 'payload';
import { env } from '../env.ts';
import { exportSnapshot } from '../export/exportSnapshot.ts';
import { localApiSource } from '../export/localApiSource.ts';

export interface ReleaseExport {
  documents: number;
  seconds: number;
}

/**
 * Exports the published content into a release's snapshot folder, in this process, with each shard's content
 * fingerprint beside it for the planner.
 */
export async function exportForRelease(payload: Payload, release: Release): Promise<ReleaseExport> {
  const startedAt = performance.now();
  const where = env.database.kind === 'sqlite' ? `SQLite ${env.database.filePath}` : 'MongoDB';
  const source = localApiSource(payload, { mediaDir: env.mediaDir, description: where });
  const { snapshot } = await exportSnapshot(source, { outFile: release.snapshotFile });
  writeShardFingerprints(release.snapshotFile, snapshot);
  const documents = snapshot.guides.length + snapshot.services.length + snapshot.hubs.length + snapshot.alerts.length;
  return { documents, seconds: (performance.now() - startedAt) / 1000 };
}
