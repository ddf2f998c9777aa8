import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getPayload } from 'payload';
import { ImportRefused, importServices } from '../import/importServices.ts';
import { isSpreadsheet, readSpreadsheet } from '../import/readSpreadsheet.ts';
import { reportText } from '../import/reportText.ts';
import config from '../payload.config.ts';
import { resolveFromCaller, scriptArguments } from './cliArguments.ts';

// pnpm --filter @infohub/cms import:services -- --country <slug> --file <path> [--dry-run] [--publish]
// Imports a country's services from a spreadsheet (.csv, .xlsx), all or nothing; prints the same report as the admin,
// in English, and exits with 1 when the file has problems (nothing is then written).

const usage = 'usage: pnpm --filter @infohub/cms import:services -- --country <slug> --file <path> [--dry-run] [--publish]';
const { values } = parseArgs({
  args: scriptArguments(),
  options: {
    country: { type: 'string' },
    file: { type: 'string' },
    'dry-run': { type: 'boolean' },
    publish: { type: 'boolean' },
  },
});
if (!values.country || !values.file) throw new Error(`--country and --file are required\n${usage}`);
const file = resolveFromCaller(values.file);
if (!isSpreadsheet(file)) throw new Error(`"${path.basename(file)}" is not a .csv or .xlsx file\n${usage}`);
const read = await readSpreadsheet(await readFile(file), path.basename(file), 'en');

const payload = await getPayload({ config });
// `payload run` exits with 0 once the script's promise settles, whatever `process.exitCode` says: exit here.
let exitCode = 0;
try {
  const report = await importServices(payload, read, {
    country: values.country,
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
