import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isRecord } from '../utilities/isRecord.ts';
import { exporterFingerprint } from './exporterFingerprint.ts';
import { type ExportIndex, exportIndexFile, exportIndexSchema, type IndexedCollection, perCollection } from './exportIndex.ts';
import { writtenSnapshot } from './lastWrittenSnapshot.ts';

/** The live snapshot an incremental export starts from: its entries by id and the index written with it. */
export interface BaseSnapshot {
  folder: string;
  index: ExportIndex;
  entries: Record<IndexedCollection, ReadonlyMap<string, Record<string, unknown>>>;
}

/**
 * Reads the base snapshot and its index, or says why they cannot be trusted (then the export is full). Images whose
 * file is missing from the base folder are left out of the entries, so they are read and copied again.
 */
export async function readBaseSnapshot(snapshotFile: string): Promise<BaseSnapshot | { unusable: string }> {
  const folder = path.dirname(snapshotFile);
  const indexFile = path.join(folder, exportIndexFile);
  if (!existsSync(snapshotFile)) return { unusable: `there is no base snapshot at ${snapshotFile}` };
  if (!existsSync(indexFile)) return { unusable: `the base snapshot has no ${exportIndexFile} beside it` };

  const [json, indexText] = await Promise.all([readFile(snapshotFile), readFile(indexFile, 'utf8')]);
  const index = exportIndexSchema.safeParse(parseJson(indexText));
  if (!index.success) return { unusable: `${indexFile} is not an export index this code reads` };
  const sha256 = createHash('sha256').update(json).digest('hex');
  if (sha256 !== index.data.snapshotSha256) return { unusable: `${snapshotFile} is not the snapshot its index describes` };
  const fingerprint = exporterFingerprint();
  if (fingerprint === undefined) return { unusable: 'the exporter cannot read its own code to tell whether it changed' };
  if (index.data.exporter !== fingerprint) return { unusable: 'the exporting code changed since the base snapshot was written' };

  const snapshot: unknown = writtenSnapshot(sha256) ?? parseJson(json.toString('utf8'));
  if (!isRecord(snapshot)) return { unusable: `${snapshotFile} is not a JSON object` };
  const entries = perCollection((collection) => {
    const list = Array.isArray(snapshot[collection]) ? (snapshot[collection] as unknown[]).filter(isRecord) : [];
    const usable = collection === 'media' ? list.filter((entry) => existsSync(path.join(folder, String(entry.file)))) : list;
    return new Map(usable.map((entry) => [String(entry.id), entry]));
  });
  return { folder, index: index.data, entries };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
