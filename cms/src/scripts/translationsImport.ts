import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { getPayload } from 'payload';
import config from '../payload.config.ts';
import { applyImport, planImport } from '../translations/xliff/xliffTranslations.ts';
import { resolveFromCaller, scriptArguments } from './cliArguments.ts';

// pnpm --filter @infohub/cms translations:import -- file.xlf [--publish]
// Writes a translator's XLIFF file into its target language: all of it, or nothing if any part is wrong.
// Guides, services, hubs and alerts get a new draft for an editor to publish, unless --publish is given.

const usage = 'usage: pnpm --filter @infohub/cms translations:import -- <file.xlf> [--publish]';
const { values, positionals } = parseArgs({ args: scriptArguments(), options: { publish: { type: 'boolean' } }, allowPositionals: true });
const [file] = positionals;
if (!file) throw new Error(`the file to import is missing\n${usage}`);
const xml = await readFile(resolveFromCaller(file), 'utf8');

const payload = await getPayload({ config });
try {
  const plan = await planImport(payload, xml, { publish: values.publish === true });
  const { documents } = await applyImport(payload, plan);
  console.log(`Imported ${plan.locale} into ${documents} documents${values.publish ? ', published' : ' as drafts'}.`);
} finally {
  await payload.destroy();
}
