/**
 * The shard builder: a process a site worker starts once (`fork`) and sends one request at a time, over Node's IPC
 * channel, to build shards of planned releases. Its site builds run in this process, warm after the first one
 * (build/renderInThisProcess.ts); a warm-up request makes that first one before any publish waits for it. It exits
 * when its worker disconnects or dies, so a killed worker never leaves a build running on its own. Its worker decides
 * when it has served long enough (memory grows with every build).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { siteShardId } from '@infohub/content-schemas';
import { buildShards } from '../build/buildShards.ts';
import { renderShardsInThisProcess } from '../build/renderInThisProcess.ts';
import { releaseCodeVersion } from '../plan/codeVersion.ts';
import { readPlan } from '../store/releasePlanFile.ts';
import { releaseSettingsFromEnv } from '../store/settings.ts';
import { liveRelease, releaseById } from '../store/siteReleases.ts';
import type { ShardBuilderRequest, ShardBuildReply, ShardBuildRequest, WarmUpReply } from './messages.ts';

if (!process.send) throw new Error('The shard builder runs as a child process with an IPC channel (child_process.fork).');

/**
 * The site's code as this process loaded it: its own modules, and what they remember from one build to the next
 * (checked documents, cleaned guide bodies), are of the files as they were when it started. A release planned with
 * other code is not built here (`ShardBuildReply.otherCode`), but by a builder started since.
 */
const startedWith = codeVersionNow();

function codeVersionNow(): string | undefined {
  try {
    return releaseCodeVersion(releaseSettingsFromEnv());
  } catch {
    // Settings no build can use: each build request fails with the reason (below).
    return undefined;
  }
}

process.on('disconnect', () => process.exit(0));
process.on('message', (request: ShardBuilderRequest) => {
  const replied: Promise<ShardBuildReply | WarmUpReply> =
    request.kind === 'warm-up'
      ? warmUp().then((outcome) => ({ ...outcome, residentBytes: process.memoryUsage().rss }))
      : build(request).then((answer) => ({ ...answer, residentBytes: process.memoryUsage().rss }));
  void replied.then((reply) => process.send?.(reply));
});

async function build({ release, shards }: ShardBuildRequest): Promise<Omit<ShardBuildReply, 'residentBytes'>> {
  try {
    // Read for each request, so that settings a worker cannot build with fail its builds with the reason.
    const { releases } = releaseSettingsFromEnv();
    if (readPlan(releaseById(releases, release)).codeVersion !== startedWith) {
      return {
        answer: { error: `The site's code changed since this shard builder started; it cannot build ${release}.` },
        otherCode: true,
      };
    }
    return { answer: await buildShards(releases, release, shards, { render: renderShardsInThisProcess }) };
  } catch (error) {
    const log = (error as { log?: unknown }).log;
    return { answer: { error: error instanceof Error ? error.message : String(error), log: typeof log === 'string' ? log : undefined } };
  }
}

async function warmUp(): Promise<Omit<WarmUpReply, 'residentBytes'>> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'infohub-warm-up-'));
  try {
    const { releases, siteUrl } = releaseSettingsFromEnv();
    const live = liveRelease(releases);
    if (!live) return { warmedUp: false, reason: 'no release is live yet' };
    await renderShardsInThisProcess({ snapshotFile: live.snapshotFile, siteUrl, shards: [siteShardId], outDir });
    return { warmedUp: true };
  } catch (error) {
    return { warmedUp: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
