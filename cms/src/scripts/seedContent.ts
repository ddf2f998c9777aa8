import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { getPayload } from 'payload';
import { env } from '../env.ts';
import { explainError } from '../errors/validationDetails.ts';
import config from '../payload.config.ts';
import type { DemoContent } from '../seed/demo-content/types.ts';
import { seedDemoContent } from '../seed/seedDemoContent.ts';
import { resolveFromCaller, scriptArguments } from './cliArguments.ts';

// pnpm --filter @infohub/cms seed:content -- <content.json> [--editors-way] [--json]
// Loads content written in the demo content's shape (src/seed/demo-content/types.ts: topics, and per country its
// guides, services, hubs, alerts) into the database DATABASE_URL names, through the same seed as the demo content.
// The benchmark writes its generated content so; the CMS never imports the benchmark's code. `--editors-way` writes
// each save whole and on its own, as the admin does, instead of the bulk way (the bench's reference for the bulk
// way); `--json` ends with one line of figures for the bench.

const { values, positionals } = parseArgs({
  args: scriptArguments(),
  allowPositionals: true,
  options: { 'editors-way': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
});
const file = positionals[0];
if (!file) throw new Error('Give the content file: pnpm --filter @infohub/cms seed:content -- <content.json> [--editors-way] [--json]');
const content = JSON.parse(readFileSync(resolveFromCaller(file), 'utf8')) as DemoContent;
if (!Array.isArray(content.topics) || !Array.isArray(content.countries)) {
  throw new Error(`${file} is not content in the demo content's shape: it needs "topics" and "countries".`);
}

const payload = await getPayload({ config });
try {
  const report = await seedDemoContent(payload, content, {
    admin: { configuredPassword: env.demoPassword, loginFile: env.demoAdminLoginFile },
    log: () => {},
    ...(values['editors-way'] ? { bulk: false } : {}),
  });
  const { users, ...contentTally } = report.documents;
  const created = Object.values(contentTally).reduce((sum, { created }) => sum + created, 0);
  const seconds = report.contentSeconds;
  console.log(`${file}: ${created} documents written in ${seconds.toFixed(1)} s (${(created / seconds).toFixed(2)} per second):`);
  for (const [kind, { created, kept }] of Object.entries(report.documents))
    console.log(`  ${kind}: ${created} created, ${kept} already there`);
  if (values.json) console.log(JSON.stringify({ documentsCreated: created, seconds }));
} catch (error) {
  throw new Error(`Seeding ${file} stopped: ${explainError(error)}`);
} finally {
  await payload.destroy();
}
