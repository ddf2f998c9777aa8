import { releaseById } from '@infohub/release/store';
import type { TaskConfig } from 'payload';
import { failBuild } from '../failBuild.ts';
import { finishWhenComplete } from '../finishWhenComplete.ts';
import { buildShardInBatch, type ShardOutcome } from '../shardBatches.ts';
import { siteReleaseSettings } from '../siteReleases.ts';

/**
 * Builds one shard of a planned release (its pages, search index and sheets) and puts it into the release; run by
 * the site workers. The last part of the release to finish queues the job that checks it and makes it live. A shard
 * that fails fails its build: the live site stays as it was, and the record names the shard and ends with its log.
 */
export const buildSiteShardTask: TaskConfig<{ input: { build: number; shard: string }; output: object }> = {
  slug: 'buildSiteShard',
  label: 'Build one country in one language of the public site',
  inputSchema: [
    { name: 'build', type: 'number', required: true },
    { name: 'shard', type: 'text', required: true },
  ],
  retries: 0,
  handler: async ({ input, req: { payload } }) => {
    const build = await payload.findByID({ collection: 'site-builds', id: input.build, depth: 0, disableErrors: true });
    if (build?.status !== 'running' || !build.release) return { output: { skipped: 'the build is no longer running' } };
    let outcome: ShardOutcome;
    try {
      const release = releaseById(siteReleaseSettings().releases, build.release);
      outcome = await buildShardInBatch(release.id, input.shard);
      if (outcome.ok === 'elsewhere') return { output: { skipped: 'another worker builds this shard' } };
      if (outcome.ok) await finishWhenComplete(payload, build.id, release);
    } catch (error) {
      outcome = { ok: false, error: error instanceof Error ? error.message : String(error), log: '', shards: [input.shard] };
    }
    if (!outcome.ok) {
      await failBuild(payload, build.id, { error: outcome.error, log: outcome.log, shards: outcome.shards });
      throw new Error(`The shard ${input.shard} failed: ${outcome.error}`);
    }
    const { pages, pagesReused, sheetsPrinted, sheetsReused } = outcome.result;
    // Kept with the job, to tell where a slow publish spent its time.
    return { output: { pages, pagesReused, sheetsPrinted, sheetsReused, batchSeconds: outcome.batchSeconds } };
  },
};
