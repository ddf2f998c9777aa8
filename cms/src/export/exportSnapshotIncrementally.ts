import path from 'node:path';
import { assembleSnapshot } from './assembleSnapshot.ts';
import type { ContentSource, RawDocument } from './contentSource.ts';
import { exporterFingerprint } from './exporterFingerprint.ts';
import { type IndexedCollection, indexedCollections, perCollection, saveReferences, stampFields, stampOf } from './exportIndex.ts';
import { type ExportResult, exportSnapshot } from './exportSnapshot.ts';
import { mediaPath } from './mediaFilename.ts';
import { type IncrementalPlan, planIncrementalExport } from './planIncrementalExport.ts';
import { readBaseSnapshot } from './readBaseSnapshot.ts';
import { buildReferences, guideReferenceFields } from './references.ts';
import { writeSnapshotFolder } from './writeSnapshotFolder.ts';

/** What is listed of every published document: its stamp, and for guides what references are built from. */
const listedFields: Record<IndexedCollection, readonly string[]> = {
  ...stampFields,
  guides: [...new Set([...stampFields.guides, ...guideReferenceFields])],
};

/**
 * Writes the snapshot a full export would write now (`exportSnapshot`), starting from the live one (`base`, a
 * snapshot file with the index an export wrote beside it): lists the stamps of the published documents, reads whole
 * only those added or changed and those whose references (a country's slug or languages, a linked guide's address,
 * whether an image is published) resolve differently, keeps the other entries of the base as they are, and hard-links
 * their images. `outFile` may be `base` itself. When the base cannot be trusted, documents change while they are read
 * or the result does not validate, it falls back to a full export and says why in the report.
 */
export async function exportSnapshotIncrementally(
  source: ContentSource,
  { base, outFile, now = new Date() }: { base: string; outFile: string; now?: Date },
): Promise<ExportResult> {
  const startedAt = performance.now();
  const fullExport = async (reason: string): Promise<ExportResult> => {
    const result = await exportSnapshot(source, { outFile, now });
    return { ...result, report: { ...result.report, fullExportReason: reason, seconds: (performance.now() - startedAt) / 1000 } };
  };

  const baseSnapshot = await readBaseSnapshot(base);
  if ('unusable' in baseSnapshot) return fullExport(baseSnapshot.unusable);

  const [countries, topics, settings, listed] = await Promise.all([
    source.findPublished('countries'),
    source.findPublished('topics'),
    source.readSiteSettings(),
    listPublished(source),
  ]);
  const references = buildReferences({ countries, topics, guides: listed.guides, media: listed.media });
  const plan = planIncrementalExport(baseSnapshot, listed, references);
  const read = await readPlanned(source, plan);
  if ('changed' in read) return fullExport(read.changed);

  let assembled: ReturnType<typeof assembleSnapshot>;
  try {
    assembled = assembleSnapshot(
      { settings, countries, topics, read, kept: plan.kept, references },
      { now, sourceDescription: source.description },
    );
  } catch (error) {
    // The full export reports the problem in its own words, naming the document as it always does.
    return fullExport(`the incremental snapshot was not valid: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }

  const written = await writeSnapshotFolder({
    outFile,
    snapshot: assembled.snapshot,
    index: {
      format: 'infohub-export-index',
      version: 1,
      exporter: exporterFingerprint() ?? '',
      references: saveReferences(references),
      documents: assembled.documents,
    },
    media: [
      ...plan.kept.media.map(({ entry }) => {
        const file = String((entry as { file: unknown }).file);
        return { file, keepFrom: path.join(baseSnapshot.folder, file) };
      }),
      ...read.media.map((document) => ({ file: mediaPath(document), document })),
    ],
    source,
  });
  const count = (lists: Record<IndexedCollection, readonly unknown[]>) =>
    indexedCollections.reduce((sum, collection) => sum + lists[collection].length, 0);
  return {
    file: outFile,
    bytes: written.bytes,
    snapshot: assembled.snapshot,
    report: {
      mode: 'incremental',
      read: countries.length + topics.length + count(read),
      reconverted: plan.reconverted,
      kept: count(plan.kept),
      removed: plan.removed,
      media: written.media,
      seconds: (performance.now() - startedAt) / 1000,
    },
  };
}

async function listPublished(source: ContentSource): Promise<Record<IndexedCollection, RawDocument[]>> {
  const list = (collection: IndexedCollection) => source.findPublished(collection, { fields: listedFields[collection] });
  const [guides, services, hubs, alerts, recruiters, media] = await Promise.all([
    list('guides'),
    list('services'),
    list('hubs'),
    list('alerts'),
    list('recruiters'),
    list('media'),
  ]);
  return { guides, services, hubs, alerts, recruiters, media };
}

/**
 * Reads whole the documents the plan names. Each must still have the stamp it was listed with: one that changed,
 * or was unpublished, in between would not match the references built from the listing.
 */
async function readPlanned(
  source: ContentSource,
  plan: IncrementalPlan,
): Promise<Record<IndexedCollection, RawDocument[]> | { changed: string }> {
  const read = perCollection((): RawDocument[] => []);
  for (const collection of indexedCollections) {
    const expected = plan.read[collection];
    const documents = expected.size > 0 ? await source.findPublished(collection, { ids: [...expected.keys()] }) : [];
    const found = new Map(documents.map((document) => [String(document.id), document]));
    for (const [id, stamp] of expected) {
      const document = found.get(id);
      if (!document || stampOf(collection, document) !== stamp) {
        return { changed: `${collection} #${id} changed while the export read it` };
      }
    }
    read[collection] = documents;
  }
  return read;
}
