import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the public site: one build from tests/fixtures/snapshot.json, served from 127.0.0.1, read by
 * the machine's own Chromium (no browser download).
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'output/test-results',
  globalSetup: './e2e/support/globalSetup.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'output/playwright-results.json' }]],
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
