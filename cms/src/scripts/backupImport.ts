import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { getPayload } from 'payload';
import { parseBackup } from '../backup/checkBackup.ts';
import { importBackup } from '../backup/importBackup.ts';
import { resolveFromCaller, scriptArguments } from './cliArguments.ts';

// pnpm --filter @infohub/cms backup:import <file> --replace
// Replaces everything in the CMS with the backup, all or nothing. Stop the CMS first: the import holds the
// database's write lock until it commits.

const usage = 'usage: pnpm --filter @infohub/cms backup:import <file> --replace';
const { values, positionals } = parseArgs({ args: scriptArguments(), allowPositionals: true, options: { replace: { type: 'boolean' } } });
const [source] = positionals;
if (!source) throw new Error(usage);
if (!values.replace)
  throw new Error(`Importing replaces every document, account and image in this CMS: add --replace to go ahead.\n${usage}`);
const file = resolveFromCaller(source);
const startedAt = performance.now();

const [{ default: config }, { env }] = await Promise.all([import('../payload.config.ts'), import('../env.ts')]);
const payload = await getPayload({ config });
try {
  const backup = await parseBackup(payload, await readFile(file, 'utf8'), file);
  const report = await importBackup(payload, backup, { mediaDir: env.mediaDir });
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.log(`Restored the backup of ${backup.createdAt} from ${file} in ${seconds} s:`);
  for (const [slug, count] of Object.entries(report.documents)) {
    console.log(`  ${slug}: ${count}${report.versions[slug] ? `, ${report.versions[slug]} versions` : ''}`);
  }
  console.log(`  files: ${report.files}`);
  console.log('Accounts have no password yet: give the first admin one with');
  console.log('  pnpm --filter @infohub/cms users:set-password <e-mail>');
} finally {
  await payload.destroy();
}
