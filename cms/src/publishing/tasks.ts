import type { TaskConfig } from 'payload';
import { env } from '../env.ts';
import { runRebuildCommand } from './runRebuildCommand.ts';
import { requestSiteBuild } from './siteBuildQueue.ts';

/** Runs one queued site build: marks it running, runs the rebuild in a child process, records how it went. */
export const buildSiteTask: TaskConfig<{ input: { build: number }; output: object }> = {
  slug: 'buildSite',
  label: 'Rebuild the public site',
  inputSchema: [{ name: 'build', type: 'number', required: true }],
  // Payload's own guard, besides the lock file the rebuild takes: never two builds of the site at once.
  concurrency: { key: () => 'site-build', exclusive: true },
  retries: 0,
  handler: async ({ input, req: { payload } }) => {
    const build = await payload.findByID({ collection: 'site-builds', id: input.build, depth: 0, disableErrors: true });
    if (build?.status !== 'queued') return { output: {} };
    const startedAt = new Date();
    // From here on, a new publish queues the next build instead of joining this one, whose export has not begun.
    await payload.update({
      collection: 'site-builds',
      id: build.id,
      data: { status: 'running', startedAt: startedAt.toISOString() },
      depth: 0,
    });
    const outcome = await runRebuildCommand({ timeoutSeconds: env.rebuildTimeoutSeconds });
    const finishedAt = new Date();
    await payload.update({
      collection: 'site-builds',
      id: build.id,
      depth: 0,
      data: {
        status: outcome.ok ? 'live' : 'failed',
        finishedAt: finishedAt.toISOString(),
        durationSeconds: Math.round((finishedAt.getTime() - startedAt.getTime()) / 100) / 10,
        release: outcome.release ?? null,
        error: outcome.error ?? null,
        log: outcome.log,
      },
    });
    if (!outcome.ok) payload.logger.error(`Site build ${build.id} failed: ${outcome.error}`);
    return { output: {} };
  },
};

/** A rebuild planned for a moment in the future (an alert starting or ending): asks for one when it comes. */
export const siteChangeDueTask: TaskConfig<{ input: { change: string }; output: object }> = {
  slug: 'siteChangeDue',
  label: 'Rebuild the public site at a planned time',
  inputSchema: [{ name: 'change', type: 'text', required: true }],
  retries: 0,
  handler: async ({ input, req: { payload } }) => {
    await requestSiteBuild(payload, input.change);
    return { output: {} };
  },
};
