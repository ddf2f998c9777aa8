/**
 * `pnpm rebuild-site`: exports the published content from the CMS database into a new release, builds the shards
 * (country × language) whose content or code changed since the live release, reuses the others, and switches the
 * served site to it, printing each step with its time. A failure leaves the live site as it was and exits non-zero.
 */
import { releaseSettingsFromEnv, withBuildLock } from '@infohub/release';
import { provideFeedbackSecret } from './lib/feedbackSecret.ts';
import { rebuildSite } from './lib/rebuildSite.ts';

const startedAt = performance.now();
const seconds = () => ((performance.now() - startedAt) / 1000).toFixed(1);
provideFeedbackSecret();
try {
  const settings = releaseSettingsFromEnv();
  const built = await withBuildLock(settings.releases, () => rebuildSite(settings));
  console.log(`✔ The site is live from release ${built.release} (${seconds()} s in all).`);
} catch (error) {
  console.error(`✘ ${error instanceof Error ? error.message : String(error)}`);
  console.error(`The site was not changed (${seconds()} s).`);
  process.exitCode = 1;
}
