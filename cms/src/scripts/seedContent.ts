import { readFileSync } from 'node:fs';
import { getPayload } from 'payload';
import { env } from '../env.ts';
import { explainError } from '../errors/validationDetails.ts';
import config from '../payload.config.ts';
import type { DemoContent } from '../seed/demo-content/types.ts';
import { seedDemoContent } from '../seed/seedDemoContent.ts';
import { resolveFromCaller, scriptArguments } from './cliArguments.ts';

// pnpm --filter @infohub/cms seed:content -- <content.json>
// Loads content written in the demo content's shape (src/seed/demo-content/types.ts: topics, and per country its
// guides, services, hubs, alerts) into the database DATABASE_URL names, through the same seed as the demo content.
// The benchmark writes its generated content so; the CMS never imports the benchmark's code.

const file = scriptArguments()[0];
if (!file) throw new Error('Give the content file: pnpm --filter @infohub/cms seed:content -- <content.json>');
const content = JSON.parse(readFileSync(resolveFromCaller(file), 'utf8')) as DemoContent;
if (!Array.isArray(content.topics) || !Array.isArray(content.countries)) {
  throw new Error(`${file} is not content in the demo content's shape: it needs "topics" and "countries".`);
}

const payload = await getPayload({ config });
const startedAt = performance.now();
try {
  const report = await seedDemoContent(payload, content, {
    admin: { configuredPassword: env.demoPassword, loginFile: env.demoAdminLoginFile },
    log: () => {},
  });
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  const documents = Object.values(report.documents).reduce((sum, { created, kept }) => sum + created + kept, 0);
  console.log(`${file}: ${documents} documents seeded in ${seconds} s (${(documents / Number(seconds)).toFixed(2)} per second):`);
  for (const [kind, { created, kept }] of Object.entries(report.documents))
    console.log(`  ${kind}: ${created} created, ${kept} already there`);
} catch (error) {
  throw new Error(`Seeding ${file} stopped: ${explainError(error)}`);
} finally {
  await payload.destroy();
}
