import type { FinishedRelease } from '@infohub/release';
import type { Payload, TaskConfig } from 'payload';
import { failBuild } from '../failBuild.ts';
import { failed, runReleaseCommand } from '../releaseCommand.ts';

/**
 * Checks a release whose shards are all built and makes it the served site (one atomic switch), then records the
 * build as live. Queued by the last shard to finish; a second request for the same build finds it done.
 */
export const finishSiteReleaseTask: TaskConfig<{ input: { build: number }; output: object }> = {
  slug: 'finishSiteRelease',
  label: 'Check a release of the public site and make it live',
  inputSchema: [{ name: 'build', type: 'number', required: true }],
  retries: 0,
  handler: async ({ input, req: { payload } }) => {
    const build = await payload.findByID({ collection: 'site-builds', id: input.build, depth: 0, disableErrors: true });
    if (build?.status !== 'running' || !build.release) return { output: {} };
    const finished = await runReleaseCommand<FinishedRelease>(['finish', '--release', build.release]);
    if (failed(finished)) {
      await failBuild(payload, build.id, { error: `The release did not pass its check: ${finished.error}`, log: finished.log });
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
