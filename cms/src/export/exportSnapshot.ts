import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultLocale, locales, parseSnapshot, SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '@infohub/content-schemas';
import { relationId } from '../utilities/relationId.ts';
import type { ContentSource, RawDocument } from './contentSource.ts';
import { mediaFilename } from './localApiSource.ts';
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
  const references: References = {
    countrySlugs,
    topicSlugs: slugsById(topics),
    guides: new Map(
      guides.flatMap((guide) => {
        const country = countrySlugs.get(String(relationId(guide.country)));
        return country ? [[String(guide.id), { country, slug: String(guide.slug) }] as const] : [];
      }),
    ),
    mediaIds: new Set(exportedMedia.map((item) => String(item.id))),
  };

  const snapshot = parseSnapshot(
    {
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      generatedAt: now.toISOString(),
      demo: settings.demoContent === true,
      defaultLocale,
      locales,
      countries: sortBy(countries.map(toSnapshotCountry), (country) => String(country.slug)),
      topics: sortBy(topics.map(toSnapshotTopic), (topic) => `${String(topic.order).padStart(6, '0')}/${String(topic.slug)}`),
      guides: sortBy(
        guides.map((guide) => toSnapshotGuide(guide, references)),
        countryThenSlug,
      ),
      services: sortBy(
        services.map((service) => toSnapshotService(service, references)),
        countryThenSlug,
      ),
      hubs: sortBy(
        hubs.map((hub) => toSnapshotHub(hub, references)),
        countryThenSlug,
      ),
      alerts: sortBy(
        alerts.map((alert) => toSnapshotAlert(alert, references)),
        (alert) => `${String(alert.startsAt)}/${String(alert.id)}`,
      ),
      media: exportedMedia.map((item) => toSnapshotMedia(item, `${mediaFolder}/${mediaFilename(item)}`)),
    },
    `The snapshot exported from ${source.description}`,
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

/** A stable order, so that two exports of the same content are the same file and a diff shows real changes. */
function sortBy<T>(items: T[], key: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, key: key(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ item }) => item);
}

function countryThenSlug(document: { country: unknown; slug: unknown }): string {
  return `${String(document.country)}/${String(document.slug)}`;
}
