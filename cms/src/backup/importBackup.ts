import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beginTransaction } from '@payloadcms/drizzle';
import type { CollectionSlug, FlattenedField, GlobalSlug, Payload, PayloadRequest } from 'payload';
import { createLocalReq } from 'payload';
import { isRecord } from '../utilities/isRecord.ts';
import { type CmsBackup, cmsBackupSchema, type StoredVersion, userSecretFields } from './backupFormat.ts';
import { backedUpCollections, sha256, uploadCollections, uploadedFileNames } from './exportBackup.ts';

/** A backup that cannot be restored, with every problem found, before anything was written. */
export class BackupRejected extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source} cannot be restored; nothing was changed:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    this.name = 'BackupRejected';
  }
}

/** Reads and validates a backup file's text: JSON, the versioned format, then its fit with this CMS. */
export async function parseBackup(payload: Payload, text: string, source: string): Promise<CmsBackup> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BackupRejected(source, [`it is not JSON: ${(error as Error).message}`]);
  }
  const parsed = cmsBackupSchema.safeParse(json);
  if (!parsed.success) {
    throw new BackupRejected(
      source,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'the file'}: ${issue.message}`),
    );
  }
  const problems = await problemsRestoring(payload, parsed.data);
  if (problems.length > 0) throw new BackupRejected(source, problems);
  return parsed.data;
}

async function problemsRestoring(payload: Payload, backup: CmsBackup): Promise<string[]> {
  const problems: string[] = [];
  const { docs } = await payload.db.find({ collection: 'payload-migrations', pagination: false, limit: 0 });
  const applied = docs.map((migration) => String((migration as { name?: unknown }).name)).sort();
  if (applied.join('\n') !== backup.migrations.join('\n')) {
    problems.push(
      `it was made on a database with the migrations [${backup.migrations.join(', ')}], this one has [${applied.join(', ')}]: restore it with the CMS version that made it`,
    );
  }

  const expected = backedUpCollections(payload);
  for (const slug of expected) if (!backup.collections[slug]) problems.push(`collection "${slug}" is missing`);
  for (const slug of Object.keys(backup.collections)) {
    if (!expected.includes(slug as CollectionSlug)) problems.push(`collection "${slug}" is not one this CMS has`);
  }
  const globals: string[] = payload.config.globals.map((global) => global.slug);
  for (const slug of Object.keys(backup.globals)) if (!globals.includes(slug)) problems.push(`global "${slug}" is not one this CMS has`);

  const idsByCollection = new Map<string, Set<string>>();
  for (const [slug, { documents }] of Object.entries(backup.collections)) {
    const ids = new Set<string>();
    for (const document of documents) {
      if (ids.has(String(document.id))) problems.push(`${slug} ${document.id} appears twice`);
      ids.add(String(document.id));
    }
    idsByCollection.set(slug, ids);
  }

  for (const slug of expected) {
    const entry = backup.collections[slug];
    if (!entry) continue;
    const config = payload.collections[slug].config;
    for (const document of entry.documents) {
      if (config.auth) {
        const secrets = userSecretFields.filter((field) => document[field] !== undefined && document[field] !== null);
        if (secrets.length > 0) problems.push(`${slug} ${document.id} carries secrets a backup must not hold: ${secrets.join(', ')}`);
      }
      for (const reference of references(config.flattenedFields, document, '')) {
        if (!idsByCollection.get(reference.collection)?.has(String(reference.id))) {
          problems.push(
            `${slug} ${document.id}, field "${reference.path}": points at ${reference.collection} ${reference.id}, which the backup does not contain`,
          );
        }
      }
    }
    if (!config.versions && entry.versions) problems.push(`collection "${slug}" has no versions in this CMS, but the backup holds some`);
    for (const version of entry.versions ?? []) {
      if (!idsByCollection.get(slug)?.has(String(version.parent))) {
        problems.push(`${slug} version ${version.id}: its document ${version.parent} is not in the backup`);
      }
      for (const reference of references(config.flattenedFields, version.version, 'version.')) {
        if (!idsByCollection.get(reference.collection)?.has(String(reference.id))) {
          problems.push(
            `${slug} version ${version.id}, field "${reference.path}": points at ${reference.collection} ${reference.id}, which the backup does not contain`,
          );
        }
      }
    }
  }

  const files = new Map(backup.files.map((file) => [file.filename, file]));
  for (const file of backup.files) {
    if (sha256(Buffer.from(file.base64, 'base64')) !== file.sha256) problems.push(`file "${file.filename}" does not match its checksum`);
  }
  for (const slug of uploadCollections(payload)) {
    for (const document of backup.collections[slug]?.documents ?? []) {
      for (const filename of uploadedFileNames(document)) {
        if (!files.has(filename)) problems.push(`${slug} ${document.id}: its file "${filename}" is not in the backup`);
      }
    }
  }
  return problems;
}

interface Reference {
  collection: string;
  id: number | string;
  path: string;
}

/** Every relationship and upload value in a stored document (all languages), with the field path it sits at. */
function* references(fields: FlattenedField[], data: unknown, prefix: string): Generator<Reference> {
  if (!isRecord(data)) return;
  for (const field of fields) {
    const value = data[field.name];
    if (value === undefined || value === null) continue;
    const fieldPath = `${prefix}${field.name}`;
    const perLocale: [string, unknown][] =
      'localized' in field && field.localized && isRecord(value)
        ? Object.entries(value).map(([locale, item]) => [`${fieldPath} (locale "${locale}")`, item])
        : [[fieldPath, value]];
    for (const [itemPath, item] of perLocale) yield* referencesInField(field, item, itemPath);
  }
}

function* referencesInField(field: FlattenedField, value: unknown, fieldPath: string): Generator<Reference> {
  if (value === undefined || value === null) return;
  switch (field.type) {
    case 'relationship':
    case 'upload':
      for (const item of [value].flat()) {
        if (item === null) continue;
        if (isRecord(item) && typeof item.relationTo === 'string') {
          yield { collection: item.relationTo, id: item.value as number | string, path: fieldPath };
        } else if (typeof field.relationTo === 'string' && (typeof item === 'number' || typeof item === 'string')) {
          yield { collection: field.relationTo, id: item, path: fieldPath };
        }
      }
      return;
    case 'group':
    case 'tab':
      yield* references(field.flattenedFields, value, `${fieldPath}.`);
      return;
    case 'array':
      for (const row of Array.isArray(value) ? value : []) {
        yield* references(field.flattenedFields, row, `${fieldPath}[${isRecord(row) ? String(row.id) : '?'}].`);
      }
      return;
    case 'blocks':
      for (const row of Array.isArray(value) ? value : []) {
        const block = field.blocks.find((candidate) => isRecord(row) && candidate.slug === row.blockType);
        if (block) yield* references(block.flattenedFields, row, `${fieldPath}[${isRecord(row) ? String(row.id) : '?'}].`);
      }
      return;
    default:
      return;
  }
}

export interface ImportReport {
  documents: Record<string, number>;
  versions: Record<string, number>;
  files: number;
}

/**
 * Replaces the whole CMS with a validated backup, all or nothing. Every row is deleted and rewritten through the
 * database adapter (no hooks: ids, dates, translation markers and versions stay as they were) inside one database
 * transaction; any failure rolls it back. Uploaded files are written beside the media folder first and swapped in
 * only after the commit, so a failed import leaves both the database and the files as they were.
 */
export async function importBackup(payload: Payload, backup: CmsBackup, { mediaDir }: { mediaDir: string }): Promise<ImportReport> {
  const staging = `${mediaDir}.restoring-${randomBytes(4).toString('hex')}`;
  await mkdir(staging, { recursive: true });
  try {
    for (const file of backup.files) await writeFile(path.join(staging, file.filename), Buffer.from(file.base64, 'base64'));
    const report = await replaceDatabaseContent(payload, backup);
    await swapInto(mediaDir, staging);
    return { ...report, files: backup.files.length };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function replaceDatabaseContent(payload: Payload, backup: CmsBackup): Promise<Omit<ImportReport, 'files'>> {
  const transactionID = await openTransaction(payload);
  const req = await createLocalReq({}, payload);
  req.transactionID = transactionID;
  const report: Omit<ImportReport, 'files'> = { documents: {}, versions: {} };
  try {
    const collections = restoreOrder(payload);
    await payload.db.deleteMany({ collection: 'payload-locked-documents', where: {}, req });
    for (const slug of [...collections].reverse()) {
      if (payload.collections[slug].config.versions) await payload.db.deleteVersions({ collection: slug, where: {}, req });
      await payload.db.deleteMany({ collection: slug, where: {}, req });
    }
    for (const slug of collections) {
      const { documents, versions = [] } = backup.collections[slug] ?? { documents: [] };
      for (const document of documents) {
        await writing(`${slug} ${document.id}`, () =>
          payload.db.create({ collection: slug, data: document, customID: document.id, req, returning: false }),
        );
      }
      for (const version of versions) {
        await writing(`${slug} version ${version.id}`, () => restoreVersion(payload, slug, version, req));
      }
      report.documents[slug] = documents.length;
      if (versions.length > 0) report.versions[slug] = versions.length;
    }
    for (const [slug, { document }] of Object.entries(backup.globals)) {
      await writing(`global ${slug}`, () => restoreGlobal(payload, slug as GlobalSlug, document, req));
    }
    await payload.db.commitTransaction(transactionID);
    return report;
  } catch (error) {
    await payload.db.rollbackTransaction(transactionID);
    throw error;
  }
}

/** Collections in an order where each comes after those it points at, so no write breaks a foreign key. */
export function restoreOrder(payload: Payload): CollectionSlug[] {
  const slugs = backedUpCollections(payload);
  const ordered: CollectionSlug[] = [];
  const visiting = new Set<string>();
  const visit = (slug: CollectionSlug) => {
    if (ordered.includes(slug) || visiting.has(slug) || !slugs.includes(slug)) return;
    visiting.add(slug);
    for (const target of relationTargets(payload.collections[slug].config.flattenedFields)) visit(target as CollectionSlug);
    ordered.push(slug);
  };
  for (const slug of slugs) visit(slug);
  return ordered;
}

function relationTargets(fields: FlattenedField[]): string[] {
  return fields.flatMap((field) => {
    if (field.type === 'relationship' || field.type === 'upload') return [field.relationTo].flat();
    if (field.type === 'group' || field.type === 'tab' || field.type === 'array') return relationTargets(field.flattenedFields);
    if (field.type === 'blocks') return field.blocks.flatMap((block) => relationTargets(block.flattenedFields));
    return [];
  });
}

/**
 * Payload's SQLite adapter runs without transactions unless configured with them (they would lock the file for the
 * running CMS), but includes the same transaction code the other SQL adapters use: the import opens one with it.
 * MongoDB's adapter opens its own (on a replica set).
 */
async function openTransaction(payload: Payload): Promise<number | string> {
  const fromAdapter = await payload.db.beginTransaction();
  if (fromAdapter) return fromAdapter;
  if (payload.db.name === 'sqlite') {
    const transactionID = await beginTransaction.call(payload.db as unknown as ThisParameterType<typeof beginTransaction>);
    if (transactionID) return transactionID;
  }
  throw new Error(`The ${payload.db.name} database cannot run the import in one transaction; nothing was changed.`);
}

async function restoreVersion(payload: Payload, collection: CollectionSlug, version: StoredVersion, req: PayloadRequest): Promise<void> {
  await payload.db.createVersion({
    collectionSlug: collection,
    parent: version.parent,
    versionData: version.version as never,
    autosave: version.autosave ?? false,
    createdAt: version.createdAt,
    updatedAt: version.updatedAt,
    publishedLocale: version.publishedLocale ?? undefined,
    snapshot: version.snapshot === true ? true : undefined,
    req,
    returning: false,
  });
}

async function restoreGlobal(payload: Payload, slug: GlobalSlug, document: Record<string, unknown>, req: PayloadRequest): Promise<void> {
  const existing = await payload.db.findGlobal({ slug, req, locale: 'all' });
  if (isRecord(existing) && existing.id !== undefined) {
    await payload.db.updateGlobal({ slug, data: document as never, req });
  } else {
    await payload.db.createGlobal({ slug, data: document as never, req });
  }
}

async function writing(what: string, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    throw new Error(`Restoring ${what} failed, so nothing was restored: ${(error as Error).message}`, { cause: error });
  }
}

/** Puts the staged files in place of the media folder, keeping the old one until the new one is there. */
async function swapInto(mediaDir: string, staging: string): Promise<void> {
  const previous = `${mediaDir}.before-restore-${randomBytes(4).toString('hex')}`;
  const hadPrevious = await rename(mediaDir, previous).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  await rename(staging, mediaDir);
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}
