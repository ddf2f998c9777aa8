import { existsSync } from 'node:fs';
import { liveRelease, type Release, writeShardFingerprints } from '@infohub/release/store';
import type { Payload } from 'payload';
import { env } from '../env.ts';
import { describeExportReport } from '../export/exportReport.ts';
import { exportSnapshot } from '../export/exportSnapshot.ts';
import { exportSnapshotIncrementally } from '../export/exportSnapshotIncrementally.ts';
import { localApiSource } from '../export/localApiSource.ts';
import { siteReleaseSettings } from './siteReleases.ts';

/**
 * Exports the published content into a release's snapshot folder, in this process: only what changed since the live
 * release's snapshot when there is one (the incremental export, which is a full export's equal), everything
 * otherwise or when `full` asks; with each shard's content fingerprint beside it for the planner. Returns the
 * export's report, in one line.
 */
export async function exportForRelease(payload: Payload, release: Release, { full = false } = {}): Promise<string> {
  const where = env.database.kind === 'sqlite' ? `SQLite ${env.database.filePath}` : 'MongoDB';
  const source = localApiSource(payload, { mediaDir: env.mediaDir, description: where });
  const base = liveRelease(siteReleaseSettings().releases)?.snapshotFile;
  const { snapshot, report } =
    !full && base && existsSync(base)
      ? await exportSnapshotIncrementally(source, { base, outFile: release.snapshotFile })
      : await exportSnapshot(source, { outFile: release.snapshotFile });
  writeShardFingerprints(release.snapshotFile, snapshot);
  return `Export, ${describeExportReport(report)}.`;
}
