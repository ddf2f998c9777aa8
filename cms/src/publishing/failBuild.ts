import { discardRelease, releaseById } from '@infohub/release/store';
import type { Payload } from 'payload';
import { siteReleaseSettings } from './siteReleases.ts';

export interface BuildFailure {
  error: string;
  log?: string | undefined;
  /** The shards whose build failed, as `{lang}/{country}` ids. */
  shards?: readonly string[];
}

/**
 * Records why a build failed and deletes its unfinished release: the live site stays as it was. Shard jobs of the
 * build still queued find it failed and do nothing.
 */
export async function failBuild(payload: Payload, buildId: number, failure: BuildFailure): Promise<void> {
  const build = await payload.findByID({ collection: 'site-builds', id: buildId, depth: 0, disableErrors: true });
  if (!build || build.status === 'failed' || build.status === 'live') return;
  const finishedAt = new Date();
  await payload.update({
    collection: 'site-builds',
    id: buildId,
    depth: 0,
    data: {
      status: 'failed',
      finishedAt: finishedAt.toISOString(),
      durationSeconds: build.startedAt ? Math.round((finishedAt.getTime() - Date.parse(build.startedAt)) / 100) / 10 : null,
      error: failure.error,
      failedShards: failure.shards?.join(', ') || null,
      log: failure.log ?? null,
    },
  });
  payload.logger.error(`Site build ${buildId} failed: ${failure.error}`);
  try {
    const { releases } = siteReleaseSettings();
    if (build.release) discardRelease(releases, releaseById(releases, build.release));
  } catch (error) {
    // Never served, and the next build's planning removes what is left of it.
    payload.logger.warn(`The failed release ${build.release} could not be removed yet: ${String(error)}`);
  }
}
