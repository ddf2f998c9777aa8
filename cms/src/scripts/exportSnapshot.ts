import { parseArgs } from 'node:util';
import { explainError } from '../errors/validationDetails.ts';
import { type ContentSource, exportedCollections } from '../export/contentSource.ts';
import { exportSnapshot } from '../export/exportSnapshot.ts';
import { restSource } from '../export/restSource.ts';
import { resolveFromCaller, scriptArguments } from './cliArguments.ts';

// pnpm --filter @infohub/cms export-snapshot -- --out <file> [--from-url http://127.0.0.1:3000]
// Reads the database in this process by default, or a running CMS over REST with --from-url.

const usage = 'usage: pnpm --filter @infohub/cms export-snapshot -- --out <file> [--from-url http://127.0.0.1:3000]';
const { values } = parseArgs({ args: scriptArguments(), options: { out: { type: 'string' }, 'from-url': { type: 'string' } } });
if (!values.out) throw new Error(`--out is missing\n${usage}`);
const outFile = resolveFromCaller(values.out);
const startedAt = performance.now();

const fromUrl = values['from-url'];
const result = await (fromUrl ? exportSnapshot(restSource(fromUrl), { outFile }) : exportFromLocalDatabase(outFile)).catch(
  (error: unknown) => {
    throw new Error(`Export stopped, nothing was written: ${explainError(error)}`);
  },
);

const { snapshot } = result;
const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
console.log(`Exported the published content to ${result.file} (${(result.bytes / 1024).toFixed(1)} KiB) in ${seconds} s:`);
console.log(`  ${exportedCollections.map((collection) => `${collection} ${snapshot[collection].length}`).join(', ')}`);
console.log(`  languages ${snapshot.locales.map((locale) => locale.code).join(', ')}; demo content: ${snapshot.demo ? 'yes' : 'no'}`);

/** Payload and the database are loaded only here: exporting over REST needs neither. */
async function exportFromLocalDatabase(file: string) {
  const [{ getPayload }, { default: config }, { env }, { localApiSource }] = await Promise.all([
    import('payload'),
    import('../payload.config.ts'),
    import('../env.ts'),
    import('../export/localApiSource.ts'),
  ]);
  const payload = await getPayload({ config });
  const where = env.database.kind === 'sqlite' ? `SQLite ${env.database.filePath}` : 'MongoDB';
  const source: ContentSource = localApiSource(payload, { mediaDir: env.mediaDir, description: where });
  try {
    return await exportSnapshot(source, { outFile: file });
  } finally {
    await payload.destroy();
  }
}
