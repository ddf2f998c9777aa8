import { batchShards } from '../plan/batches.ts';
import { planReleaseApart } from '../plan/planReleaseApart.ts';
import { type FinishedRelease, finishRelease } from '../store/finishRelease.ts';
import { linkReusedShards } from '../store/reusedShards.ts';
import type { ReleaseSettings } from '../store/settings.ts';
import { discardRelease, type Release } from '../store/siteReleases.ts';
import { buildShards, type ShardBatchResult } from './buildShards.ts';

export interface BuiltRelease extends FinishedRelease {
  batches: Omit<ShardBatchResult, 'log'>[];
  seconds: number;
}

/**
 * A whole release in this process, for a build without a jobs queue (`pnpm start`, `pnpm rebuild-site`, the bench):
 * plan it, build the changed shards in `workers` site builds at once, check it and make it live. Nothing is served
 * from it unless everything succeeded; a failed release is deleted.
 */
export async function buildRelease(
  settings: ReleaseSettings,
  release: Release,
  { workers, rebuildAll = false }: { workers: number; rebuildAll?: boolean },
): Promise<BuiltRelease> {
  const startedAt = performance.now();
  try {
    const plan = await planReleaseApart(settings, release, { rebuildAll });
    const batches = batchShards(plan.rebuild, plan.weights, workers);
    const building = batches.map((batch) => buildShards(settings.releases, release.id, batch));
    // Once the site builds have started, in processes of their own; settled with them, so a failure of either
    // discards the release only when nothing writes into it any more.
    const linking = Promise.resolve().then(() => linkReusedShards(settings.releases, release));
    const [linked, ...outcomes] = await Promise.allSettled([linking, ...building]);
    const failed = [linked, ...outcomes].filter((outcome) => outcome.status === 'rejected').map((outcome) => outcome.reason as Error);
    if (failed[0]) throw failed[0];
    const built = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
    const finished = finishRelease(settings.releases, release.id);
    return { ...finished, batches: built.map(({ log: _log, ...batch }) => batch), seconds: (performance.now() - startedAt) / 1000 };
  } catch (error) {
    discardRelease(settings.releases, release);
    throw error;
  }
}
