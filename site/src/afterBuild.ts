/**
 * The end of a site build, run apart from it when the build was told to leave it (`INFOHUB_AFTER_BUILD_APART=1`):
 * the search index and the offline files of the pages the build wrote, with the build's environment. Plain Node
 * runs it once the build's process has exited, so the site's `~/` and JSON imports are resolved here as Vite
 * resolves them in the build.
 */
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

const sources = new URL('./', import.meta.url);
registerHooks({
  resolve: (specifier, context, next) => next(specifier.startsWith('~/') ? new URL(specifier.slice(2), sources).href : specifier, context),
  load: (url, context, next) =>
    url.startsWith(sources.href) && url.endsWith('.json') && context.importAttributes.type !== 'json'
      ? { format: 'module', source: `export default ${readFileSync(fileURLToPath(url), 'utf8')};`, shortCircuit: true }
      : next(url, context),
});

const { readSiteEnv } = await import('./env.ts');
const { loadCheckedSnapshot } = await import('./snapshot/snapshot.ts');
const { indexAndListPages } = await import('./integrations/searchAndOffline.ts');

const logger = (name: string) => ({ info: (message: string) => console.log(`[${name}] ${message}`) });
const { outDir, snapshotPath } = readSiteEnv();
loadCheckedSnapshot(snapshotPath);
await indexAndListPages(outDir, snapshotPath, logger);
