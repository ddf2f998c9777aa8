import { hasPlan, releaseById, releaseProgress } from '@infohub/release/store';
import type { Payload } from 'payload';
import { env } from '../env.ts';
import type { SiteBuild } from '../payload-types.ts';
import { failBuild } from './failBuild.ts';
import { requestSiteBuild } from './siteBuildQueue.ts';
import { siteBuildQueue, siteReleaseSettings } from './siteReleases.ts';

const watchIntervalSeconds = 10;

/**
 * Looks after the running build, which lives in several processes: a build whose worker died, or that ran past
 * `INFOHUB_REBUILD_TIMEOUT_SECONDS`, is recorded as failed (its release is deleted; the live site stays) and a new
 * build is asked for so that its changes still reach the site; a build that is complete but whose last step was lost
 * (the CMS restarted) is finished.
 */
export async function watchRunningBuilds(payload: Payload, { serverStarting = false } = {}): Promise<void> {
  const running = await payload.find({ collection: 'site-builds', where: { status: { equals: 'running' } }, depth: 0, limit: 10 });
  for (const build of running.docs) {
    const stopped = await whyStopped(payload, build, serverStarting);
    if (!stopped) continue;
    await failBuild(payload, build.id, stopped);
    await requestSiteBuild(payload, 'rebuild after a build that stopped');
  }
}

async function whyStopped(payload: Payload, build: SiteBuild, serverStarting: boolean) {
  const release = build.release ? releaseById(siteReleaseSettings().releases, build.release) : undefined;
  const progress = release && hasPlan(release) ? releaseProgress(release) : undefined;
  // Planning, which ends once the reused shards are linked, happens in the CMS server: after a restart, one that was
  // under way is lost.
  if (serverStarting && !progress?.reusedLinked) return { error: 'The CMS stopped while this build was being planned.' };
  if (!progress) return tooLong(build);
  if (progress.abandoned.length > 0) {
    const shards = progress.abandoned.map((claim) => claim.shard);
    return {
      error: `The worker building ${shards.join(', ')} stopped before it finished (process ${progress.abandoned[0]?.pid}).`,
      shards,
    };
  }
  if (progress.complete) {
    const finishing = await payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'finishSiteRelease' }, completedAt: { exists: false }, hasError: { not_equals: true } },
    });
    if (finishing.totalDocs === 0)
      await payload.jobs.queue({ task: 'finishSiteRelease', input: { build: build.id }, queue: siteBuildQueue });
    return undefined;
  }
  return tooLong(build);
}

function tooLong(build: SiteBuild) {
  const seconds = build.startedAt ? (Date.now() - Date.parse(build.startedAt)) / 1000 : 0;
  return seconds > env.rebuildTimeoutSeconds
    ? { error: `The build took longer than ${env.rebuildTimeoutSeconds} s and was stopped.` }
    : undefined;
}

/**
 * Run by the CMS server: once at start (the plan and finish jobs it was running when it stopped are handed back to
 * the queue), then every few seconds.
 */
export async function startWatchingBuilds(payload: Payload): Promise<void> {
  await payload.db.updateMany({
    collection: 'payload-jobs',
    where: { and: [{ queue: { equals: siteBuildQueue } }, { processing: { equals: true } }] },
    data: { processing: false },
  });
  await watchRunningBuilds(payload, { serverStarting: true });
  const timer = setInterval(() => {
    watchRunningBuilds(payload).catch((error: unknown) => payload.logger.error(`Watching the site builds failed: ${String(error)}`));
  }, watchIntervalSeconds * 1000);
  timer.unref();
}
