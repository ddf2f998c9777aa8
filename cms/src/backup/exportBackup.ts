import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CollectionSlug, GlobalSlug, Payload } from 'payload';
import { isRecord } from '../utilities/isRecord.ts';
import {
  backupFormatVersion,
  type CmsBackup,
  type MediaFile,
  type StoredDocument,
  type StoredVersion,
  userSecretFields,
} from './backupFormat.ts';

/**
 * Collections a backup leaves out, and why. Everything else — content with its drafts and versions, images,
 * accounts, site builds, queued jobs (scheduled publishing), admin preferences and every global — is backed up.
 */
export const collectionsNotBackedUp: Record<string, string> = {
  'payload-migrations': 'the schema, not content: a backup is restored only into a database with the same migrations',
  'payload-locked-documents': 'who has a document open right now; those sessions do not survive a restore',
  'payload-kv': "Payload's own key-value cache",
};

export function backedUpCollections(payload: Payload): CollectionSlug[] {
  return payload.config.collections.map((collection) => collection.slug).filter((slug) => !(slug in collectionsNotBackedUp));
}

export function uploadCollections(payload: Payload): CollectionSlug[] {
  return payload.config.collections.filter((collection) => collection.upload).map((collection) => collection.slug);
}

/**
 * Reads the whole CMS through the database adapter, every language at once, in id order, so that two backups of
 * the same content are the same file but for `createdAt`. Accounts lose their secrets; uploaded files are embedded.
 */
export async function exportBackup(payload: Payload, { mediaDir }: { mediaDir: string }): Promise<CmsBackup> {
  const collections: CmsBackup['collections'] = {};
  for (const slug of backedUpCollections(payload)) {
    const config = payload.collections[slug].config;
    const documents = (await readAll(payload, slug)).map((document) => (config.auth ? withoutSecrets(document) : document));
    const entry: CmsBackup['collections'][string] = { documents };
    if (config.versions) {
      const { docs } = await payload.db.findVersions({ collection: slug, locale: 'all', pagination: false, limit: 0 });
      entry.versions = (docs as unknown as StoredVersion[]).sort(byId);
    }
    collections[slug] = entry;
  }

  const globals: CmsBackup['globals'] = {};
  for (const { slug } of payload.config.globals) {
    const document = await payload.db.findGlobal({ slug: slug as GlobalSlug, locale: 'all' });
    globals[slug] = { document: isRecord(document) ? document : {} };
  }

  const files: MediaFile[] = [];
  for (const slug of uploadCollections(payload)) {
    for (const document of collections[slug]?.documents ?? []) {
      for (const filename of uploadedFileNames(document)) {
        const content = await readFile(path.join(mediaDir, filename)).catch((error: unknown) => {
          throw new Error(`${slug} ${document.id}: its file "${filename}" cannot be read from ${mediaDir}: ${String(error)}`);
        });
        files.push({ filename, sha256: sha256(content), base64: content.toString('base64') });
      }
    }
  }
  files.sort((a, b) => a.filename.localeCompare(b.filename));

  const { docs: migrations } = await payload.db.find({ collection: 'payload-migrations', pagination: false, limit: 0 });
  return {
    format: 'infohub-cms-backup',
    version: backupFormatVersion,
    createdAt: new Date().toISOString(),
    migrations: migrations.map((migration) => String((migration as { name?: unknown }).name)).sort(),
    locales: payload.config.localization ? payload.config.localization.localeCodes : [],
    collections,
    globals,
    files,
  };
}

async function readAll(payload: Payload, collection: CollectionSlug): Promise<StoredDocument[]> {
  const { docs } = await payload.db.find({ collection, locale: 'all', pagination: false, limit: 0, sort: 'id' });
  return (docs as StoredDocument[]).sort(byId);
}

function byId(a: { id: number | string }, b: { id: number | string }): number {
  return typeof a.id === 'number' && typeof b.id === 'number' ? a.id - b.id : String(a.id).localeCompare(String(b.id));
}

function withoutSecrets(document: StoredDocument): StoredDocument {
  const kept: StoredDocument = { ...document };
  for (const field of userSecretFields) delete kept[field];
  return kept;
}

/** The original and every generated size of an upload, by file name. */
export function uploadedFileNames(document: Record<string, unknown>): string[] {
  const names = new Set<string>();
  if (typeof document.filename === 'string') names.add(document.filename);
  if (isRecord(document.sizes)) {
    for (const size of Object.values(document.sizes)) {
      if (isRecord(size) && typeof size.filename === 'string') names.add(size.filename);
    }
  }
  return [...names];
}

export function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}
