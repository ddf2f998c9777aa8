import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { overdueDocuments, paths, type Snapshot } from '@infohub/content-schemas';

/**
 * The pages that show one document each (a guide, a service, a hub, and the printed sheets of guides and hubs): most
 * of a country's pages. Each is rendered from its **page content**, its shard's content cut down to that document
 * (`documentPageContent`), so such a page can only change when the hash of that content, its **page key**, does. A
 * build that rebuilds a shard renders again only the document pages whose key differs from the one the live release
 * recorded for the same address; the others it takes from the live release as they are (`INFOHUB_REUSE_PAGES`).
 * Lists, the country's home, search, feed and the other pages of a shard read many documents and are always rendered.
 */
export const documentPageKinds = {
  guide: { route: '/[lang]/[country]/guides/[slug]', collection: 'guides', path: paths.guide },
  guideSheet: { route: '/[lang]/[country]/print/guides/[slug]', collection: 'guides', path: paths.guideSheet },
  service: { route: '/[lang]/[country]/services/[slug]', collection: 'services', path: paths.service },
  hub: { route: '/[lang]/[country]/hubs/[slug]', collection: 'hubs', path: paths.hub },
  hubSheet: { route: '/[lang]/[country]/print/hubs/[slug]', collection: 'hubs', path: paths.hubSheet },
} as const;

export type DocumentPageKind = keyof typeof documentPageKinds;
type DocumentCollection = (typeof documentPageKinds)[DocumentPageKind]['collection'];

/** The kind of document page an Astro route pattern renders, if it is one. */
export function documentPageKindOf(routePattern: string): DocumentPageKind | undefined {
  return (Object.keys(documentPageKinds) as DocumentPageKind[]).find((kind) => documentPageKinds[kind].route === routePattern);
}

/**
 * What a document's page may read: its shard's content with that one document in its collection, no other guide,
 * service or hub, and only the image it shows. Countries, topics, alerts and recruiters stay as the shard has them
 * (the header, breadcrumbs and phone numbers read them), so a change to one of those renders every page again.
 */
export function documentPageContent(shardContent: Snapshot, kind: DocumentPageKind, slug: string): Snapshot {
  const collection: DocumentCollection = documentPageKinds[kind].collection;
  const guides = collection === 'guides' ? shardContent.guides.filter((guide) => guide.slug === slug) : [];
  const images = new Set(guides.map((guide) => guide.image));
  return {
    ...shardContent,
    guides,
    services: collection === 'services' ? shardContent.services.filter((service) => service.slug === slug) : [],
    hubs: collection === 'hubs' ? shardContent.hubs.filter((hub) => hub.slug === slug) : [],
    media: shardContent.media.filter((item) => images.has(item.id)),
  };
}

/**
 * A hash of everything a document page shows of the content, as a shard's fingerprint is of everything a shard
 * shows: its page content without the moment of the export, whether the document is overdue for review then, and the
 * bytes of its image. The site's code and build settings are not in it: pages are only reused from a live release
 * built by the same code with the same settings.
 */
export function documentPageKey(content: Snapshot, snapshotPath: string): string {
  const { generatedAt: _exportedAt, ...shown } = content;
  const images = content.media.map((item) => imageHash(path.join(path.dirname(snapshotPath), item.file)));
  return createHash('sha256')
    .update(JSON.stringify({ shown, images, overdue: overdueDocuments(content) }))
    .digest('hex');
}

const imageHashes = new Map<string, { size: number; mtimeMs: number; hash: string }>();

/** An image file's hash, worked out again only when the file changed: a shard's pages show the same few images. */
function imageHash(file: string): string {
  const { size, mtimeMs } = statSync(file);
  const known = imageHashes.get(file);
  if (known?.size === size && known.mtimeMs === mtimeMs) return known.hash;
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
  imageHashes.set(file, { size, mtimeMs, hash });
  return hash;
}
