import { type FinishedRelease, finishRelease } from '@infohub/release/store';
import type { Payload, TaskConfig } from 'payload';
import { failBuild } from '../failBuild.ts';
import { siteReleaseSettings } from '../siteReleases.ts';

/**
 * Checks a release whose shards are all built and makes it the served site (one atomic switch), then records the
 * build as live. Queued and run at once by the worker that built the last shard; a second request for the same build
 * finds it done. Reading files and one rename, it runs in the process that runs the job (no command to start).
 */
export const finishSiteReleaseTask: TaskConfig<{ input: { build: number }; output: object }> = {
  slug: 'finishSiteRelease',
  label: 'Check a release of the public site and make it live',
  inputSchema: [{ name: 'build', type: 'number', required: true }],
  retries: 0,
  handler: async ({ input, req: { payload } }) => {
    const build = await payload.findByID({ collection: 'site-builds', id: input.build, depth: 0, disableErrors: true });
    if (build?.status !== 'running' || !build.release) return { output: {} };
    let finished: FinishedRelease;
    try {
      finished = finishRelease(siteReleaseSettings().releases, build.release);
    } catch (error) {
      await failBuild(payload, build.id, {
        error: `The release did not pass its check: ${error instanceof Error ? error.message : String(error)}`,
      });
      return { output: {} };
    }
    const finishedAt = new Date();
    await payload.update({
      collection: 'site-builds',
      id: build.id,
      depth: 0,
      data: {
        status: 'live',
        finishedAt: finishedAt.toISOString(),
        durationSeconds: build.startedAt ? Math.round((finishedAt.getTime() - Date.parse(build.startedAt)) / 100) / 10 : null,
        shardsRebuilt: finished.rebuilt,
        shardsReused: finished.reused.length,
        error: null,
        log: `${build.log ?? ''}\nLive release: ${finished.release}`.trim(),
      },
    });
    await clearFinishedJobs(payload);
    return { output: {} };
  },
};

/** Jobs are kept when they finish (see publishing/index.ts): those finished over a day ago go now. */
async function clearFinishedJobs(payload: Payload): Promise<void> {
  const dayAgo = new Date(Date.now() - 86_400_000).toISOString();
  await payload.db.deleteMany({
    collection: 'payload-jobs',
    where: { and: [{ completedAt: { exists: true } }, { completedAt: { less_than: dayAgo } }] },
  });
}
