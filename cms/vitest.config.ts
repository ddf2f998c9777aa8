import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // Each integration test file starts Payload on its own temporary SQLite database and pushes the schema.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // CI prints the totals from this file.
    reporters: ['default', 'json'],
    outputFile: { json: './test-results.json' },
  },
});
