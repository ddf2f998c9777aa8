import type { Snapshot } from '@infohub/content-schemas';
import { assembleSnapshot } from './assembleSnapshot.ts';
import type { ContentSource } from './contentSource.ts';
import { exporterFingerprint } from './exporterFingerprint.ts';
import { perCollection, saveReferences } from './exportIndex.ts';
import type { ExportReport } from './exportReport.ts';
import { mediaPath } from './mediaFilename.ts';
import { buildReferences } from './references.ts';
import { writeSnapshotFolder } from './writeSnapshotFolder.ts';

export { mediaFolder } from './mediaFilename.ts';

export interface ExportResult {
  file: string;
  bytes: number;
  snapshot: Snapshot;
  report: ExportReport;
}

/**
 * Writes every published document, in every language, as one validated content snapshot, with the images published
 * guides show in `media/` and an index of what was exported (for `exportSnapshotIncrementally`) beside it. Nothing
 * is written unless the whole snapshot is valid.
 */
export async function exportSnapshot(
  source: ContentSource,
  { outFile, now = new Date() }: { outFile: string; now?: Date },
): Promise<ExportResult> {
  const startedAt = performance.now();
  const [countries, topics, guides, services, hubs, alerts, recruiters, media, settings] = await Promise.all([
    source.findPublished('countries'),
    source.findPublished('topics'),
    source.findPublished('guides'),
    source.findPublished('services'),
    source.findPublished('hubs'),
    source.findPublished('alerts'),
    source.findPublished('recruiters'),
    source.findPublished('media'),
    source.readSiteSettings(),
  ]);

  const references = buildReferences({ countries, topics, guides, media });
  const exportedMedia = media.filter((item) => references.mediaIds.has(String(item.id)));
  const { snapshot, documents } = assembleSnapshot(
    {
      settings,
      countries,
      topics,
      read: { guides, services, hubs, alerts, recruiters, media: exportedMedia },
      kept: perCollection(() => []),
      references,
    },
    { now, sourceDescription: source.description },
  );

  const written = await writeSnapshotFolder({
    outFile,
    snapshot,
    index: {
      format: 'infohub-export-index',
      version: 1,
      exporter: exporterFingerprint() ?? '',
      references: saveReferences(references),
      documents,
    },
    media: exportedMedia.map((document) => ({ file: mediaPath(document), document })),
    source,
  });
  const read = [countries, topics, guides, services, hubs, alerts, recruiters, media].reduce((sum, list) => sum + list.length, 0);
  return {
    file: outFile,
    bytes: written.bytes,
    snapshot,
    report: {
      mode: 'full',
      read,
      reconverted: 0,
      kept: 0,
      removed: 0,
      media: written.media,
      seconds: (performance.now() - startedAt) / 1000,
    },
  };
}
