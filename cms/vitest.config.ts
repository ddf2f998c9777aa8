import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // Each integration test file starts Payload on its own temporary SQLite database, a copy of one with the schema.
    globalSetup: ['src/testing/schemaTemplate.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Most files spend their time starting Payload and waiting on SQLite or a child build, not on a core: Vitest's
    // default of one worker per core but one left two cores running one file at a time (348 s in CI; two at a time 231 s alone, 260 s in CI).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // CI prints the totals from this file.
    reporters: ['default', 'json'],
    outputFile: { json: './test-results.json' },
  },
});
