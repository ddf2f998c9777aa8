import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultLocale, formatProblems, locales, parseSnapshot, SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '@infohub/content-schemas';
import { relationId } from '../utilities/relationId.ts';
import type { ContentSource, RawDocument } from './contentSource.ts';
import { mediaFilename } from './mediaFilename.ts';
import { findMissingReferences } from './missingReferences.ts';
import { inStableOrder } from './stableOrder.ts';
import {
  type References,
  toSnapshotAlert,
  toSnapshotCountry,
  toSnapshotGuide,
  toSnapshotHub,
  toSnapshotMedia,
  toSnapshotService,
  toSnapshotTopic,
} from './toSnapshotDocuments.ts';
import { stringList } from './values.ts';
import { writeAtomically } from './writeAtomically.ts';

/** Uploaded files go in this folder beside the snapshot file; the snapshot names them relative to its own folder. */
export const mediaFolder = 'media';

export interface ExportResult {
  file: string;
  bytes: number;
  snapshot: Snapshot;
}

/**
 * Writes every published document, in every language, as one validated content snapshot. Nothing is written
 * unless the whole snapshot is valid; the referenced images are copied first and the snapshot file last, so the
 * snapshot never names a file that is not there yet.
 */
export async function exportSnapshot(
  source: ContentSource,
  { outFile, now = new Date() }: { outFile: string; now?: Date },
): Promise<ExportResult> {
  const [countries, topics, guides, services, hubs, alerts, media, settings] = await Promise.all([
    source.findPublished('countries'),
    source.findPublished('topics'),
    source.findPublished('guides'),
    source.findPublished('services'),
    source.findPublished('hubs'),
    source.findPublished('alerts'),
    source.findPublished('media'),
    source.readSiteSettings(),
  ]);

  // Only images a published guide shows are published with it.
  const usedMediaIds = new Set(
    guides
      .map((guide) => relationId(guide.image))
      .filter((id) => id !== undefined)
      .map(String),
  );
  const exportedMedia = media.filter((item) => usedMediaIds.has(String(item.id)));
  const countrySlugs = slugsById(countries);
  const countryLocales = new Map(countries.map((country) => [String(country.id), stringList(country.locales)]));
  const references: References = {
    countrySlugs,
    topicSlugs: slugsById(topics),
    guides: new Map(
      guides.flatMap((guide) => {
        const countryId = String(relationId(guide.country));
        const country = countrySlugs.get(countryId);
        return country
          ? [[String(guide.id), { country, slug: String(guide.slug), countryLocales: countryLocales.get(countryId) ?? [] }] as const]
          : [];
      }),
    ),
    mediaIds: new Set(exportedMedia.map((item) => String(item.id))),
  };

  const missing = findMissingReferences({ guides, services, hubs, alerts }, references);
  if (missing.length > 0) {
    throw new Error(`The snapshot exported from ${source.description} would not be valid:\n${formatProblems(missing)}`);
  }

  const snapshot = inStableOrder(
    parseSnapshot(
      {
        schemaVersion: SNAPSHOT_SCHEMA_VERSION,
        generatedAt: now.toISOString(),
        demo: settings.demoContent === true,
        defaultLocale,
        locales,
        countries: countries.map(toSnapshotCountry),
        topics: topics.map(toSnapshotTopic),
        guides: guides.map((guide) => toSnapshotGuide(guide, references)),
        services: services.map((service) => toSnapshotService(service, references)),
        hubs: hubs.map((hub) => toSnapshotHub(hub, references)),
        alerts: alerts.map((alert) => toSnapshotAlert(alert, references)),
        media: exportedMedia.map((item) => toSnapshotMedia(item, `${mediaFolder}/${mediaFilename(item)}`)),
      },
      `The snapshot exported from ${source.description}`,
    ),
  );

  const outDir = path.dirname(outFile);
  for (const item of exportedMedia) {
    await writeAtomically(path.join(outDir, mediaFolder, mediaFilename(item)), (temporaryPath) =>
      source.copyMediaFile(item, temporaryPath),
    );
  }
  const json = `${JSON.stringify(snapshot, null, 2)}\n`;
  await writeAtomically(outFile, (temporaryPath) => writeFile(temporaryPath, json));
  return { file: outFile, bytes: Buffer.byteLength(json), snapshot };
}

function slugsById(documents: RawDocument[]): Map<string, string> {
  return new Map(documents.map((document) => [String(document.id), String(document.slug)]));
}
