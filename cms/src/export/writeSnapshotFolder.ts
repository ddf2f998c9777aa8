import { createHash } from 'node:crypto';
import { copyFile, link, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Snapshot } from '@infohub/content-schemas';
import type { ContentSource, RawDocument } from './contentSource.ts';
import { type ExportIndex, exportIndexFile } from './exportIndex.ts';
import { rememberWrittenSnapshot } from './lastWrittenSnapshot.ts';
import { writeAtomically } from './writeAtomically.ts';

/** An image file the snapshot names (`media/…`): copied from the source, or kept from the previous snapshot's folder. */
export type MediaFile = { file: string; document: RawDocument } | { file: string; keepFrom: string };

export interface WrittenFolder {
  bytes: number;
  media: { copied: number; linked: number };
}

/**
 * Writes a validated snapshot with its images and index. The images come first and the snapshot file after them,
 * so the snapshot never names a file that is not there yet; the index comes last and names the snapshot by hash,
 * so an index left from before (a crash between the two) does not match the snapshot beside it.
 */
export async function writeSnapshotFolder({
  outFile,
  snapshot,
  index,
  media,
  source,
}: {
  outFile: string;
  snapshot: Snapshot;
  index: Omit<ExportIndex, 'snapshotSha256'>;
  media: readonly MediaFile[];
  source: ContentSource;
}): Promise<WrittenFolder> {
  const outDir = path.dirname(outFile);
  const counts = { copied: 0, linked: 0 };
  for (const item of media) {
    const destination = path.join(outDir, item.file);
    if ('document' in item) {
      await writeAtomically(destination, (temporaryPath) => source.copyMediaFile(item.document, temporaryPath));
      counts.copied += 1;
    } else if (path.resolve(item.keepFrom) !== path.resolve(destination)) {
      // A hard link: the same bytes under a second name, without reading or writing them.
      await writeAtomically(destination, (temporaryPath) => linkOrCopy(item.keepFrom, temporaryPath));
      counts.linked += 1;
    }
  }
  const json = `${JSON.stringify(snapshot, null, 2)}\n`;
  await writeAtomically(outFile, (temporaryPath) => writeFile(temporaryPath, json));
  const snapshotSha256 = createHash('sha256').update(json).digest('hex');
  await writeAtomically(path.join(outDir, exportIndexFile), (temporaryPath) =>
    writeFile(temporaryPath, `${JSON.stringify({ ...index, snapshotSha256 })}\n`),
  );
  rememberWrittenSnapshot(snapshotSha256, snapshot);
  return { bytes: Buffer.byteLength(json), media: counts };
}

/** Folders on two file systems cannot share a file: then it is copied. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to);
  }
}
