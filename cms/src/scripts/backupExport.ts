import { writeFile } from 'node:fs/promises';
import { getPayload } from 'payload';
import { exportBackup } from '../backup/exportBackup.ts';
import { writeAtomically } from '../export/writeAtomically.ts';
import { resolveFromCaller, scriptArguments } from './cliArguments.ts';

// pnpm --filter @infohub/cms backup:export <file>
// The whole CMS in one JSON file: every collection and language, drafts and versions, uploaded files, accounts
// without their passwords. Restore it with backup:import.

const [target] = scriptArguments();
if (!target) throw new Error('usage: pnpm --filter @infohub/cms backup:export <file>');
const file = resolveFromCaller(target);
const startedAt = performance.now();

const [{ default: config }, { env }] = await Promise.all([import('../payload.config.ts'), import('../env.ts')]);
const payload = await getPayload({ config });
try {
  const backup = await exportBackup(payload, { mediaDir: env.mediaDir });
  const text = `${JSON.stringify(backup, null, 1)}\n`;
  // Mode 600: the file holds every account's e-mail and every unpublished draft.
  await writeAtomically(file, (temporaryPath) => writeFile(temporaryPath, text, { mode: 0o600 }));
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.log(`Backed up the CMS to ${file} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB) in ${seconds} s:`);
  for (const [slug, entry] of Object.entries(backup.collections)) {
    console.log(`  ${slug}: ${entry.documents.length}${entry.versions ? `, ${entry.versions.length} versions` : ''}`);
  }
  console.log(`  globals: ${Object.keys(backup.globals).join(', ')}; files: ${backup.files.length}`);
} finally {
  await payload.destroy();
}
