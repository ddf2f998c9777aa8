import type { CollectionSlug, FlattenedField, Payload } from 'payload';
import { isRecord } from '../utilities/isRecord.ts';
import { type CmsBackup, cmsBackupSchema, userSecretFields } from './backupFormat.ts';
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
