import { claimFinishing, type Release, releaseProgress } from '@infohub/release/store';
import type { Payload } from 'payload';
import { siteBuildQueue } from './siteReleases.ts';

/** How long the CMS leaves the last step of a release to the worker that queued it before it runs it itself. */
const finishFallbackSeconds = 30;

/**
 * Runs the last step of a release now if the release is complete. Each part of a release (every shard's build, and
 * the linking of the shards it reuses) writes its result before it calls this, so of the parts ending last at least
 * one sees them all; the first of those queues the last step (one job, not one per part) and runs it now, rather
 * than leave it to the CMS's next tick. The CMS runs it after a while if this process stops first.
 */
export async function finishWhenComplete(payload: Payload, buildId: number, release: Release): Promise<void> {
  if (!releaseProgress(release).complete || !claimFinishing(release)) return;
  const finishing = await payload.jobs.queue({
    task: 'finishSiteRelease',
    input: { build: buildId },
    queue: siteBuildQueue,
    waitUntil: new Date(Date.now() + finishFallbackSeconds * 1000),
  });
  await payload.jobs.runByID({ id: finishing.id, silent: true });
}
