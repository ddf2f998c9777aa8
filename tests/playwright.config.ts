import { defineConfig } from '@playwright/test';

/**
 * Browser tests of the public site, read by the machine's own Chromium (no browser download), in two groups:
 * - e2e: one build from tests/fixtures/snapshot.json, served from 127.0.0.1 by the global setup;
 * - pipeline: the real chain, a new CMS database migrated, seeded and exported, and the site built from that
 *   snapshot, once, by the "pipeline setup" project before its tests;
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
  projects: [
    // First, so that one worker starts on it while the other runs the e2e tests. Migrate, seed, export and build
    // take about 30 s alone, more beside the e2e tests on two cores.
    { name: 'pipeline setup', testDir: 'pipeline', testMatch: 'pipeline.setup.ts', timeout: 300_000 },
    { name: 'e2e', testDir: 'e2e' },
    // The site built once from hostile content (script payloads, huge words and bodies, bidi text), then read in
    // Chromium on every page type; and a malformed snapshot the build must refuse with every problem listed.
    { name: 'hostile setup', testDir: 'hostile', testMatch: 'hostile.setup.ts', timeout: 300_000 },
    { name: 'hostile', testDir: 'hostile', dependencies: ['hostile setup'] },
    { name: 'pipeline', testDir: 'pipeline', dependencies: ['pipeline setup'] },
    // The admin in Chromium against the production CMS on a copy of the pipeline's seeded database; one test,
    // which waits for a real rebuild of the demo site (the CMS build first when it is out of date).
    { name: 'publishing setup', testDir: 'publishing', testMatch: 'publishing.setup.ts', timeout: 300_000 },
    { name: 'publishing', testDir: 'publishing', dependencies: ['pipeline setup', 'publishing setup'] },
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
