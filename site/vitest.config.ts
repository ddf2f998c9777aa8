import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The `~/` imports of tsconfig.json: Astro reads them from there, Vitest does not.
  resolve: { alias: [{ find: /^~\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) }] },
  // The unit tests check the test-only right-to-left language the fixture builds in, as the browser tests' build does.
  test: { env: { INFOHUB_EXTRA_UI_STRINGS: 'tests/fixtures/ui-strings' } },
});
