import { benchScales, documentsPerCountry, generateBenchContent } from '@infohub/scripts/bench-content';
import { getPayload } from 'payload';
import { env } from '../env.ts';
import { explainError } from '../errors/validationDetails.ts';
import config from '../payload.config.ts';
import { seedDemoContent } from '../seed/seedDemoContent.ts';
import { scriptArguments } from './cliArguments.ts';

// pnpm --filter @infohub/cms exec payload run src/scripts/seedBench.ts -- <tiny|small|large>
// Loads the benchmark's generated content (scripts/src/lib/bench/) into the database DATABASE_URL names, through the
// same seed as the demo content, so the CMS load test reads documents written the way editors' are.

const scaleName = scriptArguments()[0] ?? 'small';
if (!(scaleName in benchScales)) throw new Error(`Unknown scale "${scaleName}": use ${Object.keys(benchScales).join(', ')}.`);
const scale = benchScales[scaleName as keyof typeof benchScales];

const payload = await getPayload({ config });
const startedAt = performance.now();
try {
  const report = await seedDemoContent(payload, generateBenchContent(scale), {
    admin: { configuredPassword: env.demoPassword, loginFile: env.demoAdminLoginFile },
    log: () => {},
  });
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.log(`Benchmark content (${scaleName}, ${documentsPerCountry(scale)} documents per country) seeded in ${seconds} s:`);
  for (const [kind, { created, kept }] of Object.entries(report.documents))
    console.log(`  ${kind}: ${created} created, ${kept} already there`);
} catch (error) {
  throw new Error(`Seeding the benchmark content stopped: ${explainError(error)}`);
} finally {
  await payload.destroy();
}
