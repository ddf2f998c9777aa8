import { processSlot } from '@infohub/content-schemas';
import type { Payload } from 'payload';
import { env } from '../env.ts';
import { siteBuildQueue } from './siteReleases.ts';

/** A change that asked for a rebuild, as the build's record lists it. */
export interface BuildReason {
  at: string;
  change: string;
}

// One chain per process, shared by every copy of this module Next may load, so that two publishes at the same
// moment cannot both see "no build queued" and queue two.
const requestsOfProcess = processSlot<Promise<unknown>>('siteBuildRequests');

function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const previous = requestsOfProcess.get() ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  requestsOfProcess.set(next);
  return next;
}

export function summarize(reasons: readonly BuildReason[]): string {
  const [first, ...others] = reasons;
  if (!first) return '';
  return others.length === 0 ? first.change : `${first.change} (+${others.length})`;
}

/**
 * Asks for the public site to be rebuilt. The build waits `rebuildDelaySeconds` before it starts; every change
 * asked for until then joins that build, so a burst of publishes makes one build. A change made while a build is
 * running queues the next one, which starts when that one is done. `full` rebuilds every shard, changed or not.
 */
export function requestSiteBuild(payload: Payload, change: string, { full = false } = {}): Promise<void> {
  if (!env.siteRebuilds) return Promise.resolve();
  return oneAtATime(async () => {
    const reason: BuildReason = { at: new Date().toISOString(), change };
    const queued = await payload.find({
      collection: 'site-builds',
      where: { status: { equals: 'queued' } },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
    });
    const waiting = queued.docs[0];
    if (waiting) {
      const reasons = [...((waiting.reasons as BuildReason[] | null) ?? []), reason];
      await payload.update({
        collection: 'site-builds',
        id: waiting.id,
        data: { reasons, summary: summarize(reasons), full: full || waiting.full },
        depth: 0,
      });
      return;
    }
    const build = await payload.create({
      collection: 'site-builds',
      data: { status: 'queued', reasons: [reason], summary: change, full },
      depth: 0,
    });
    await payload.jobs.queue({
      task: 'planSiteRelease',
      input: { build: build.id },
      queue: siteBuildQueue,
      waitUntil: new Date(Date.now() + env.rebuildDelaySeconds * 1000),
    });
    if (payload.crons.length > 0) runWhenDue(payload, env.rebuildDelaySeconds);
  });
}

/**
 * In the process that runs the site queue (the CMS server, whose runner looks once a second), starts the build the
 * moment its wait ends rather than at the runner's next look: up to a second sooner live. The runner stays the
 * fallback; planning the same build twice at once is refused by the task (tasks/planSiteRelease.ts).
 */
function runWhenDue(payload: Payload, delaySeconds: number): void {
  setTimeout(
    () => {
      payload.jobs.run({ queue: siteBuildQueue, limit: 1, silent: true }).catch((error: unknown) => {
        payload.logger.error({ err: error, msg: 'Starting the site build when due failed; the job runner will start it.' });
      });
    },
    delaySeconds * 1000 + 10,
  ).unref();
}
