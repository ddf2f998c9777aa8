import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeCodes, SNAPSHOT_SCHEMA_VERSION } from '@infohub/content-schemas';

/**
 * Bump when a change outside this folder changes what a document converts to (the rich-text converters of
 * @payloadcms/richtext-lexical, translation markers, guide paths in content-schemas): the fingerprint reads only
 * this folder's code, and a kept snapshot entry must be what the running code would write.
 */
const conversionVersion = 1;

let fingerprint: string | undefined | null = null;

/**
 * A hash of the exporter's own code. An index written by other code is not trusted: its snapshot entries may have
 * been converted differently. Undefined when the code cannot read its own sources (a bundle): every export is full.
 */
export function exporterFingerprint(): string | undefined {
  if (fingerprint === null) fingerprint = computeFingerprint();
  return fingerprint;
}

function computeFingerprint(): string | undefined {
  const folder = path.dirname(fileURLToPath(import.meta.url));
  const sources = readdirSync(folder)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort();
  if (!sources.includes('exporterFingerprint.ts')) return undefined;
  // The languages too: a kept entry holds text in the languages there were when it was converted.
  const hash = createHash('sha256').update(
    `conversion ${conversionVersion}, schema ${SNAPSHOT_SCHEMA_VERSION}, ${localeCodes.join(' ')}\n`,
  );
  for (const name of sources) hash.update(`${name}\n`).update(readFileSync(path.join(folder, name)));
  return hash.digest('hex');
}
