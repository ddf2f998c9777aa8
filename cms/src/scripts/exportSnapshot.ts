import { parseArgs } from 'node:util';
import { explainError } from '../errors/validationDetails.ts';
import { type ContentSource, exportedCollections } from '../export/contentSource.ts';
import { describeExportReport } from '../export/exportReport.ts';
import { type ExportResult, exportSnapshot } from '../export/exportSnapshot.ts';
import { exportSnapshotIncrementally } from '../export/exportSnapshotIncrementally.ts';
import { restSource } from '../export/restSource.ts';
import { resolveFromCaller, scriptArguments } from './cliArguments.ts';

// pnpm --filter @infohub/cms export-snapshot -- --out <file> [--base <live snapshot>] [--from-url http://127.0.0.1:3000]
// Reads the database in this process by default, or a running CMS over REST with --from-url. With --base, reads
// only what changed since that snapshot was exported (it may be the --out file itself).

const usage =
  'usage: pnpm --filter @infohub/cms export-snapshot -- --out <file> [--base <live snapshot file>] [--from-url http://127.0.0.1:3000]';
const { values } = parseArgs({
  args: scriptArguments(),
  options: { out: { type: 'string' }, base: { type: 'string' }, 'from-url': { type: 'string' } },
});
if (!values.out) throw new Error(`--out is missing\n${usage}`);
const outFile = resolveFromCaller(values.out);
const base = values.base === undefined ? undefined : resolveFromCaller(values.base);
const startedAt = performance.now();

const exportFrom = (source: ContentSource): Promise<ExportResult> =>
  base ? exportSnapshotIncrementally(source, { base, outFile }) : exportSnapshot(source, { outFile });
const fromUrl = values['from-url'];
const result = await (fromUrl ? exportFrom(restSource(fromUrl)) : exportFromLocalDatabase()).catch((error: unknown) => {
  throw new Error(`Export stopped, nothing was written: ${explainError(error)}`);
});

const { snapshot } = result;
const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
console.log(`Exported the published content to ${result.file} (${(result.bytes / 1024).toFixed(1)} KiB) in ${seconds} s:`);
console.log(`  ${exportedCollections.map((collection) => `${collection} ${snapshot[collection].length}`).join(', ')}`);
console.log(`  languages ${snapshot.locales.map((locale) => locale.code).join(', ')}; demo content: ${snapshot.demo ? 'yes' : 'no'}`);
console.log(`  ${describeExportReport(result.report)}`);

/** Payload and the database are loaded only here: exporting over REST needs neither. */
async function exportFromLocalDatabase(): Promise<ExportResult> {
  const [{ getPayload }, { default: config }, { env }, { localApiSource }] = await Promise.all([
    import('payload'),
    import('../payload.config.ts'),
    import('../env.ts'),
    import('../export/localApiSource.ts'),
  ]);
  const payload = await getPayload({ config });
  const where = env.database.kind === 'sqlite' ? `SQLite ${env.database.filePath}` : 'MongoDB';
  try {
    return await exportFrom(localApiSource(payload, { mediaDir: env.mediaDir, description: where }));
  } finally {
    await payload.destroy();
  }
}
