import { processSlot } from '@infohub/content-schemas';
import { discardUnfinishedReleases, newRelease, type ReleasePlan } from '@infohub/release/store';
import type { Payload, TaskConfig } from 'payload';
import { exportForRelease } from '../exportForRelease.ts';
import { failBuild } from '../failBuild.ts';
import { finishWhenComplete } from '../finishWhenComplete.ts';
import { failed, runReleaseCommand } from '../releaseCommand.ts';
import { siteBuildQueue, siteReleaseSettings, siteShardQueue } from '../siteReleases.ts';

/** How long a queued build waits for the running one before it looks again. */
const waitForRunningSeconds = 2;

/**
 * Starts one queued build: exports the published content into a new release, plans it (which shards changed since
 * the live release), queues one job per changed shard for the site workers, and meanwhile hard-links the others from
 * the live release. Builds run one at a time, each from a fresh export, so a publish made while a build runs is in
 * the next.
 */
export const planSiteReleaseTask: TaskConfig<{ input: { build: number }; output: object }> = {
  slug: 'planSiteRelease',
  label: 'Plan a release of the public site',
  inputSchema: [{ name: 'build', type: 'number', required: true }],
  retries: 0,
  handler: async ({ input, req: { payload } }) => {
    // The server's runner and the start when due (siteBuildQueue.ts) can take the same job at the same moment.
    if (planning.has(input.build)) return { output: { skipped: 'this build is being planned already' } };
    planning.add(input.build);
    try {
      return await plan(payload, input);
    } finally {
      planning.delete(input.build);
    }
  },
};

// One set per process, shared by every copy of this module Next may load.
const planningOfProcess = processSlot<Set<number>>('planningSiteBuilds');
const planning = planningOfProcess.get() ?? planningOfProcess.set(new Set());

async function plan(payload: Payload, input: { build: number }): Promise<{ output: object }> {
  const build = await payload.findByID({ collection: 'site-builds', id: input.build, depth: 0, disableErrors: true });
  if (build?.status !== 'queued') return { output: {} };
  const running = await payload.count({ collection: 'site-builds', where: { status: { equals: 'running' } } });
  if (running.totalDocs > 0) {
    await payload.jobs.queue({
      task: 'planSiteRelease',
      input,
      queue: siteBuildQueue,
      waitUntil: new Date(Date.now() + waitForRunningSeconds * 1000),
    });
    return { output: {} };
  }
  const settings = siteReleaseSettings();
  // From here on, a new publish queues the next build instead of joining this one, whose export has not begun.
  await payload.update({
    collection: 'site-builds',
    id: build.id,
    depth: 0,
    data: { status: 'running', startedAt: new Date().toISOString() },
  });
  try {
    // No other build runs now: a release left unfinished by one that failed or stopped can go.
    discardUnfinishedReleases(settings.releases);
    const release = newRelease(settings.releases);
    await payload.update({ collection: 'site-builds', id: build.id, depth: 0, data: { release: release.id } });
    const exported = await exportForRelease(payload, release, { full: build.full === true });
    const plan = await runReleaseCommand<ReleasePlan>(['plan', '--release', release.id, ...(build.full ? ['--rebuild-all'] : [])]);
    if (failed(plan)) {
      await failBuild(payload, build.id, { error: `Planning the release failed: ${plan.error}`, log: plan.log });
      return { output: {} };
    }
    await payload.update({
      collection: 'site-builds',
      id: build.id,
      depth: 0,
      data: {
        shardsRebuilt: plan.rebuild,
        shardsReused: plan.reuse.length,
        log: `${exported}\nRebuilding ${plan.rebuild.length} shards (${plan.rebuild.join(', ') || 'none'}), reusing ${plan.reuse.length}.`,
      },
    });
    for (const shard of plan.rebuild) {
      await payload.jobs.queue({ task: 'buildSiteShard', input: { build: build.id, shard }, queue: siteShardQueue });
    }
    // While the workers build: linking is mostly the making of folders, one per page.
    const linked = await runReleaseCommand<{ shards: number; files: number }>(['link', '--release', release.id]);
    if (failed(linked)) {
      await failBuild(payload, build.id, {
        error: `Taking the unchanged shards from the live site failed: ${linked.error}`,
        log: linked.log,
      });
      return { output: {} };
    }
    await finishWhenComplete(payload, build.id, release);
  } catch (error) {
    await failBuild(payload, build.id, {
      error: `Planning the release failed: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
  return { output: {} };
}
