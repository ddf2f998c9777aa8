import { defineConfig } from '@playwright/test';

/**
 * Browser tests of the public site, read by the machine's own Chromium (no browser download), in two groups:
 * - e2e: one build from tests/fixtures/snapshot.json, served from 127.0.0.1 by the global setup;
 * - pipeline: the real chain, a new CMS database migrated, seeded and exported, and the site released from that
 *   snapshot as the CMS's publishing does (`infohub-release rebuild`), once, by the "pipeline setup" project;
 * - hostile: one build from a hostile snapshot (tests/fixtures/hostile/), by the "hostile setup" project.
 */
export default defineConfig({
  outputDir: 'output/test-results',
  globalSetup: './e2e/testing/globalSetup.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'output/playwright-results.json' }]],
  // Playwright runs these in two phases: the projects that depend on none (setups and e2e), then the others. Inside
  // a phase the two workers take tests in the order below, so the long ones come first and no worker is left alone
  // with a long test at the end (CI's time).
  projects: [
    // Migrate, seed, export and build: about 30 s alone, more beside the other tests on two cores.
    { name: 'pipeline setup', testDir: 'pipeline', testMatch: 'pipeline.setup.ts', timeout: 300_000 },
    // The CMS production build when it is out of date (always, in CI): 1–2 min.
    { name: 'publishing setup', testDir: 'publishing', testMatch: 'publishing.setup.ts', timeout: 300_000 },
    // The site built once from hostile content (script payloads, huge words and bodies, bidi text), then read in
    // Chromium on every page type; and a malformed snapshot the build must refuse with every problem listed.
    { name: 'hostile setup', testDir: 'hostile', testMatch: 'hostile.setup.ts', timeout: 300_000 },
    { name: 'e2e', testDir: 'e2e' },
    // The admin in Chromium against the production CMS on a copy of the pipeline's seeded database; its longest test
    // publishes and waits for the real rebuild of the demo site's shards it changed (from a copy of its releases).
    { name: 'publishing', testDir: 'publishing', dependencies: ['pipeline setup', 'publishing setup'] },
    { name: 'pipeline', testDir: 'pipeline', dependencies: ['pipeline setup'] },
    { name: 'hostile', testDir: 'hostile', dependencies: ['hostile setup'] },
  ],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
