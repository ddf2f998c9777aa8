import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { getPayload } from 'payload';
import { ImportRefused, importServices } from '../import/importServices.ts';
import { readImportFiles } from '../import/readImportFiles.ts';
import { reportText } from '../import/reportText.ts';
import config from '../payload.config.ts';
import { resolveFromCaller, scriptArguments } from './cliArguments.ts';

// pnpm --filter @infohub/cms import:services -- --country <slug> --file <path> [--file <path>…] [--dry-run] [--publish]
// Imports a country's services from a spreadsheet (.csv, .xlsx) or from HSDS 3.0 files (.json, one or more, each
// with its language code in its path or name), all or nothing; prints the same report as the admin, in English, and
// exits with 1 when the files have problems (nothing is then written).

const usage =
  'usage: pnpm --filter @infohub/cms import:services -- --country <slug> --file <path> [--file <path>…] [--dry-run] [--publish]';
const { values } = parseArgs({
  args: scriptArguments(),
  options: {
    country: { type: 'string' },
    file: { type: 'string', multiple: true },
    'dry-run': { type: 'boolean' },
    publish: { type: 'boolean' },
  },
});
if (!values.country || !values.file?.length) throw new Error(`--country and --file are required\n${usage}`);
const country = values.country;
const files = values.file.map((file) => resolveFromCaller(file));

const payload = await getPayload({ config });
// `payload run` exits with 0 once the script's promise settles, whatever `process.exitCode` says: exit here.
let exitCode = 0;
try {
  const named = await Promise.all(files.map(async (name) => ({ name, bytes: await readFile(name) })));
  const read = await readImportFiles(payload, named, country, 'en');
  const report = await importServices(payload, read, {
    country,
    dryRun: values['dry-run'] === true,
    publish: values.publish === true,
    language: 'en',
  });
  console.log(reportText(report, 'en'));
  if (report.problems.length > 0) exitCode = 1;
} catch (error) {
  if (!(error instanceof ImportRefused)) throw error;
  console.error(error.message);
  exitCode = 1;
} finally {
  await payload.destroy();
}
process.exit(exitCode);
