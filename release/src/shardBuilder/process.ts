/**
 * The shard builder: a process a site worker starts once (`fork`) and sends one request at a time, over Node's IPC
 * channel, to build shards of planned releases. Its site builds run in this process, warm after the first one
 * (build/renderInThisProcess.ts). It exits when its worker disconnects or dies, so a killed worker never leaves a
 * build running on its own. Its worker decides when it has served long enough (memory grows with every build).
 */
import { buildShards } from '../build/buildShards.ts';
import { renderShardsInThisProcess } from '../build/renderInThisProcess.ts';
import { releaseSettingsFromEnv } from '../store/settings.ts';
import type { ShardBuildReply, ShardBuildRequest } from './messages.ts';

if (!process.send) throw new Error('The shard builder runs as a child process with an IPC channel (child_process.fork).');

process.on('disconnect', () => process.exit(0));
process.on('message', (request: ShardBuildRequest) => {
  void build(request).then((answer) => {
    const reply: ShardBuildReply = { answer, residentBytes: process.memoryUsage().rss };
    process.send?.(reply);
  });
});

async function build({ release, shards }: ShardBuildRequest): Promise<ShardBuildReply['answer']> {
  try {
    // Read for each request, so that settings a worker cannot build with fail its builds with the reason.
    const { releases } = releaseSettingsFromEnv();
    return await buildShards(releases, release, shards, { render: renderShardsInThisProcess });
  } catch (error) {
    const log = (error as { log?: unknown }).log;
    return { error: error instanceof Error ? error.message : String(error), log: typeof log === 'string' ? log : undefined };
  }
}
