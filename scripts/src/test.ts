/**
 * `pnpm test`: every check CI runs, in one command — lint and format, types, unit and integration tests in each
 * package, then the browser tests in Chromium. It keeps going after a failure so one run shows everything that
 * is wrong, and ends with the line "N passed, N failed" that CI reads.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { ensureChromium } from '@infohub/release';
import { requireDebianTools } from './lib/debianTools.ts';
import { runStep } from './lib/run.ts';
import { addTotals, formatTotals, noTests, readPlaywrightTotals, readVitestTotals, type TestTotals } from './lib/testReports.ts';
import { repoRoot, varDir } from './lib/workspace.ts';

const reportsDir = `${varDir}/test-results`;
const vitestPackages = ['content-schemas', 'scripts', 'release', 'site', 'cms'] as const;
const failedSteps: string[] = [];
let totals: TestTotals = noTests;

async function step(name: string, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    failedSteps.push(name);
    console.error(`✘ ${error instanceof Error ? error.message : String(error)}`);
  }
}

rmSync(reportsDir, { recursive: true, force: true });
mkdirSync(reportsDir, { recursive: true });

let chromiumPath: string | undefined;
await step('Chromium for the browser tests', async () => {
  chromiumPath = ensureChromium();
  console.log(`Chromium: ${chromiumPath}`);
});

// The PDF tests say the same when they run; checked here too so the message comes first, not in a test report.
await step('Debian tools for the PDF tests', async () => requireDebianTools());

await step('Lint and format (Biome)', () => runStep('Lint and format (Biome)', 'pnpm', ['run', 'lint']));
await step('Type check', () => runStep('Type check', 'pnpm', ['-r', '--workspace-concurrency=1', 'run', 'typecheck']));

for (const name of vitestPackages) {
  const report = `${reportsDir}/${name}.json`;
  await step(`Tests in ${name}/`, () =>
    runStep(
      `Tests in ${name}/`,
      'pnpm',
      ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
      {
        cwd: `${repoRoot}${name}`,
      },
    ),
  );
  totals = addTotals(totals, readVitestTotals(report));
}

if (chromiumPath) {
  // The Playwright config writes its JSON report here.
  const report = `${repoRoot}tests/output/playwright-results.json`;
  rmSync(report, { force: true });
  await step('Browser tests (Playwright, Chromium)', () =>
    runStep('Browser tests (Playwright, Chromium)', 'pnpm', ['exec', 'playwright', 'test'], {
      cwd: `${repoRoot}tests`,
      env: { CHROMIUM_PATH: chromiumPath },
    }),
  );
  totals = addTotals(totals, readPlaywrightTotals(report));
} else {
  totals = addTotals(totals, { ...noTests, failed: 1 });
}

console.log('');
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join('; ')}`);
console.log(formatTotals(totals));
process.exitCode = failedSteps.length > 0 || totals.failed > 0 ? 1 : 0;
