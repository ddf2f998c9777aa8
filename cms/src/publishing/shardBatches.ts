import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ShardBatchResult, ShardResult } from '@infohub/release';
import { cmsRoot } from '../paths.ts';

export type ShardOutcome = { ok: true; result: ShardResult } | { ok: false; error: string; log: string; shards: string[] };

/** How long the first shard job of a worker's run waits for the others Payload started with it. */
const gatherMilliseconds = 200;

interface Batch {
  shards: Map<string, (outcome: ShardOutcome) => void>;
}

const batches = new Map<string, Batch>();

/**
 * Builds a shard of a release together with the other shards this worker was handed at the same moment: Payload
 * runs the jobs it picks up in one go side by side, and one site build for all of them costs one start-up instead
 * of one each. Resolves with this shard's outcome.
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
  const shards = [...batch.shards.keys()];
  const answer = await runReleaseCommand(['build-shards', '--release', release, '--shards', shards.join(',')]);
  for (const [shard, resolve] of batch.shards) {
    const result = 'shards' in answer ? answer.shards.find((built) => built.shard === shard) : undefined;
    if (result) resolve({ ok: true, result });
    else {
      const error = 'error' in answer ? answer.error : `The build of ${shards.join(', ')} gave no result for ${shard}.`;
      resolve({ ok: false, error, log: 'log' in answer ? (answer.log ?? '') : '', shards });
    }
  }
}

type CommandAnswer = ShardBatchResult | { error: string; log?: string };

/**
 * Runs the release package's command line (`infohub-release … --json`) in a child process: a site build takes
 * hundreds of MB and a CPU for seconds, which the worker's Payload must not hold. Its answer is the one JSON
 * document it prints.
 */
function runReleaseCommand(args: readonly string[]): Promise<CommandAnswer> {
  const cli = createRequire(path.join(cmsRoot, 'package.json')).resolve('@infohub/release/cli');
  const child = spawn(process.execPath, [cli, ...args, '--json'], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-12_000);
  });
  return new Promise((resolve) => {
    child.once('error', (error) => resolve({ error: `The release command could not start: ${error.message}`, log: stderr }));
    child.once('close', (code) => {
      const line = stdout.trim().split('\n').at(-1) ?? '';
      try {
        resolve(JSON.parse(line) as CommandAnswer);
      } catch {
        resolve({ error: `The release command exited with code ${code} without an answer.`, log: stderr });
      }
    });
  });
}
