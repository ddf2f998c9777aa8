import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { getPayload } from 'payload';
import { writeAtomically } from '../export/writeAtomically.ts';
import config from '../payload.config.ts';
import { exportTranslations } from '../translations/xliff/xliffTranslations.ts';
import { resolveFromCaller, scriptArguments } from './cliArguments.ts';

// pnpm --filter @infohub/cms translations:export -- --to ht --out file.xlf [--country guatemala]
// Writes an XLIFF 1.2 file from Spanish into one language, for a translator's tool.

const usage = 'usage: pnpm --filter @infohub/cms translations:export -- --to <language> --out <file.xlf> [--country <slug>]';
const { values } = parseArgs({
  args: scriptArguments(),
  options: { to: { type: 'string' }, out: { type: 'string' }, country: { type: 'string' } },
});
if (!values.to || !values.out) throw new Error(`--to and --out are required\n${usage}`);
const outFile = resolveFromCaller(values.out);

const payload = await getPayload({ config });
try {
  const { xml, documents, units } = await exportTranslations(payload, { locale: values.to, country: values.country });
  await writeAtomically(outFile, (temporaryPath) => writeFile(temporaryPath, xml));
  console.log(`Wrote ${units} texts of ${documents} documents, Spanish → ${values.to}, to ${outFile}`);
} finally {
  await payload.destroy();
}
