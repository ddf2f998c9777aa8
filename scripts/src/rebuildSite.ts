/**
 * `pnpm rebuild-site`: exports the published content from the CMS database, builds the site and its search index
 * into a new release and switches the served site to it, printing each step with its time. A failure leaves the
 * live site as it was and exits non-zero. The CMS runs this same command after a publish.
 */
import { rebuildSettingsFromEnv, rebuildSite } from './lib/rebuildSite.ts';
import { varDir } from './lib/workspace.ts';

const startedAt = performance.now();
const seconds = () => ((performance.now() - startedAt) / 1000).toFixed(1);
try {
  const release = await rebuildSite(rebuildSettingsFromEnv(varDir));
  console.log(`✔ The site is live from ${release} (${seconds()} s in all).`);
} catch (error) {
  console.error(`✘ ${error instanceof Error ? error.message : String(error)}`);
  console.error(`The site was not changed (${seconds()} s).`);
  process.exitCode = 1;
}
