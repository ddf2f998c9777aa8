import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { shardFingerprintsFile } from './fingerprintsFile.ts';
import { linkFile } from './linkTree.ts';
import type { Release } from './siteReleases.ts';

/** What the CMS's export writes beside a snapshot: which document each entry came from, for the next export. */
const exportIndexFile = 'export-index.json';

/**
 * Puts a snapshot exported elsewhere into a release, hard-linked with the images it names and what the export wrote
 * beside it (shard fingerprints, its index), so the release keeps the exact content it was built from and the next
 * export can start from it.
 */
export function placeSnapshot(snapshotFile: string, release: Release): void {
  const from = path.dirname(path.resolve(snapshotFile));
  const to = path.dirname(release.snapshotFile);
  const { media = [] } = JSON.parse(readFileSync(snapshotFile, 'utf8')) as { media?: { file: string }[] };
  linkFile(path.resolve(snapshotFile), release.snapshotFile);
  for (const file of [...media.map((item) => item.file), shardFingerprintsFile, exportIndexFile]) {
    if (existsSync(path.join(from, file))) linkFile(path.join(from, file), path.join(to, file));
  }
}
