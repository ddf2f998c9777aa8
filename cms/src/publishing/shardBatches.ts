import type { ShardBatchResult } from '@infohub/release';
import { claimBatch, releaseById, type ShardResult } from '@infohub/release/store';
import { failed } from './releaseCommand.ts';
import { buildShardsWarm } from './shardBuilder.ts';
import { siteReleaseSettings } from './siteReleases.ts';

export type ShardOutcome =
  /** `batchSeconds`: how long the build it was part of took (its render, its printing, in all). */
  | { ok: true; result: ShardResult; batchSeconds: ShardBatchResult['seconds'] }
  | { ok: false; error: string; log: string; shards: string[] }
  /** Another worker builds it. */
  | { ok: 'elsewhere' };

/** How long the first shard job of a worker's run waits for the others Payload started with it. */
const gatherMilliseconds = 200;

interface Batch {
  shards: Map<string, (outcome: ShardOutcome) => void>;
}

const batches = new Map<string, Batch>();

/**
 * Builds a shard of a release together with the other shards this worker was handed at the same moment, and the
 * shards planned into one build with them (`claimBatch`): Payload runs the jobs it picks up in one go side by side,
 * and one site build for all of them costs one start-up instead of one each. Resolves with this shard's outcome.
 */
export function buildShardInBatch(release: string, shard: string): Promise<ShardOutcome> {
  return new Promise((resolve) => {
    let batch = batches.get(release);
    if (!batch) {
      const created: Batch = { shards: new Map() };
      batches.set(release, created);
      setTimeout(() => {
        batches.delete(release);
        void runBatch(release, created);
      }, gatherMilliseconds);
      batch = created;
    }
    batch.shards.set(shard, resolve);
  });
}

async function runBatch(release: string, batch: Batch): Promise<void> {
  const handed = [...batch.shards.keys()];
  let shards: string[];
  try {
    const { releases, workers } = siteReleaseSettings();
    shards = claimBatch(releaseById(releases, release), handed, workers);
  } catch (error) {
    const message = `Could not claim ${handed.join(', ')}: ${error instanceof Error ? error.message : String(error)}`;
    for (const resolve of batch.shards.values()) resolve({ ok: false, error: message, log: '', shards: handed });
    return;
  }
  for (const [shard, resolve] of batch.shards) if (!shards.includes(shard)) resolve({ ok: 'elsewhere' });
  if (shards.length === 0) return;
  const answer = await buildShardsWarm(release, shards);
  for (const [shard, resolve] of batch.shards) {
    if (!shards.includes(shard)) continue;
    if (failed(answer)) {
      resolve({ ok: false, error: answer.error, log: answer.log ?? '', shards });
      continue;
    }
    const result = answer.shards.find((built) => built.shard === shard);
    if (result) resolve({ ok: true, result, batchSeconds: answer.seconds });
    else resolve({ ok: false, error: `The build of ${shards.join(', ')} gave no result for ${shard}.`, log: '', shards });
  }
}
