import { type ReleaseEnv, releaseSettingsFromEnv } from '@infohub/release/store';

let settings: ReleaseEnv | undefined;

/**
 * Where the site's releases are and what they are built for, from the environment the CMS and its workers share
 * (`INFOHUB_SITE_ROOT`, `INFOHUB_SITE_URL`, `INFOHUB_SHEET_PAPER`; see the release package), read once.
 */
export function siteReleaseSettings(): ReleaseEnv {
  settings ??= releaseSettingsFromEnv();
  return settings;
}

/** The queue of the jobs that plan and finish releases, run by the CMS server one at a time. */
export const siteBuildQueue = 'site';

/** The queue of the shard builds, run by the site workers (`pnpm --filter @infohub/cms site-worker`). */
export const siteShardQueue = 'site-shards';
