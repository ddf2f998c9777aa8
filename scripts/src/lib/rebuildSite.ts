import { existsSync } from 'node:fs';
import {
  type BuiltRelease,
  buildRelease,
  discardRelease,
  liveRelease,
  newRelease,
  type Release,
  type ReleaseEnv,
  type SiteReleases,
} from '@infohub/release';
import { runStep, timeStep } from './run.ts';

const cms = (script: string, ...args: string[]) => ['--filter', '@infohub/cms', 'run', script, ...args];

/**
 * Exports the published content into a release's snapshot folder, from the CMS database: given the live release's
 * snapshot, only what changed since (the export falls back to reading everything when it cannot vouch for that).
 * A release that cannot get its content is deleted.
 */
export async function exportInto(releases: SiteReleases, release: Release, base?: string): Promise<void> {
  try {
    const from = base && existsSync(base) ? ['--base', base] : [];
    await runStep('Export published content to the snapshot', 'pnpm', cms('export-snapshot', '--', '--out', release.snapshotFile, ...from));
  } catch (error) {
    discardRelease(releases, release);
    throw error;
  }
}

/** Builds the shards whose content or code changed since the live release, checks the release and makes it live. */
export async function buildAndGoLive(settings: ReleaseEnv, release: Release): Promise<BuiltRelease> {
  const built = await timeStep(`Build the changed shards (${settings.workers} at a time) and go live`, () =>
    buildRelease(settings, release, { workers: settings.workers }),
  );
  console.log(describeBuiltRelease(built));
  return built;
}

/** Export and build: `pnpm rebuild-site`. The caller holds the build lock. */
export async function rebuildSite(settings: ReleaseEnv): Promise<BuiltRelease> {
  const live = liveRelease(settings.releases);
  const release = newRelease(settings.releases);
  await exportInto(settings.releases, release, live?.snapshotFile);
  return buildAndGoLive(settings, release);
}

export function describeBuiltRelease(built: BuiltRelease): string {
  const shards = (ids: readonly string[]) => (ids.length === 0 ? 'none' : ids.join(', '));
  return [
    `  Shards rebuilt (${built.rebuilt.length}): ${shards(built.rebuilt)}`,
    `  Shards reused from the live release (${built.reused.length}): ${shards(built.reused)}`,
    `  Live release: ${built.release}`,
  ].join('\n');
}
