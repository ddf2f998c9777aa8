import { type ChildProcess, fork } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ShardBatchResult, ShardBuilderRequest, ShardBuildReply, ShardBuildRequest, WarmUpReply } from '@infohub/release';
import { cmsRoot } from '../paths.ts';
import type { CommandAnswer } from './releaseCommand.ts';

/**
 * Retired after a build that leaves it holding more than this: each build keeps about 100 MB of modules (see the
 * release package's renderInThisProcess.ts), and the first one about 900 MB, so a builder serves a handful of builds.
 */
const retireAboveBytes = 1.5 * 1024 ** 3;
/**
 * Retired after this long with nothing to build, and its memory given back. Editors publish in sittings, minutes
 * apart: a builder that outlives the pauses of a sitting keeps each publish warm (a new one adds about 3 s, of which
 * loading Astro is under 1 s: the rest is compiling what a first build runs).
 */
const retireWhenIdleMs = 60 * 60 * 1000;

interface Builder {
  child: ChildProcess;
  /** The end of its stderr: why it died, if it does. */
  stderr: string;
  idle?: NodeJS.Timeout;
}

let builder: Builder | undefined;
let queue: Promise<unknown> = Promise.resolve();

/**
 * Builds shards of a planned release in this worker's shard builder, a child process that stays after a build, so
 * that the next one starts warm (two demo shards: 4.4–4.9 s, against 7.5–7.8 s in a new process). One build at a
 * time; a builder that fails, dies or grows too large is replaced by a new one, warmed up at once (see
 * `WarmUpRequest`), and one that idles is let go, its successor started by the next build.
 */
export function buildShardsWarm(release: string, shards: readonly string[]): Promise<CommandAnswer<ShardBatchResult>> {
  return inTurn(() => buildOnce({ kind: 'build', release, shards: [...shards] }));
}

function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const done = queue.then(work);
  queue = done.catch(() => undefined);
  return done;
}

async function buildOnce(request: ShardBuildRequest, { fresh = false } = {}): Promise<CommandAnswer<ShardBatchResult>> {
  const current = builder ?? startBuilder();
  const outcome = await ask<ShardBuildReply>(current, request, `built ${request.shards.join(', ')}`);
  if (!('reply' in outcome)) return outcome;
  const { answer, residentBytes, otherCode } = outcome.reply;
  // The site's code changed since this builder started (a deploy, an edit): a new one, which loads the code as it is
  // now, builds the release. A new one that refuses too means the code changed again since the release was planned.
  if (otherCode && !fresh) {
    retire(current);
    return buildOnce(request, { fresh: true });
  }
  if ('error' in answer || residentBytes > retireAboveBytes) replace(current);
  else retireWhenIdle(current);
  return answer;
}

/** Retires a builder and warms up its successor, before the next publish needs it. */
function replace(retiring: Builder): void {
  retire(retiring);
  void inTurn(async () => {
    // A build that was waiting has started one already.
    if (builder) return;
    const current = startBuilder();
    const outcome = await ask<WarmUpReply>(current, { kind: 'warm-up' }, 'warmed up');
    // A failed warm-up leaves Astro in a state no build should start from; the next build starts a new builder.
    if ('reply' in outcome && outcome.reply.warmedUp) retireWhenIdle(current);
    else retire(current);
  });
}

function retireWhenIdle(current: Builder): void {
  current.idle = setTimeout(() => retire(current), retireWhenIdleMs).unref();
}

/** Sends one request and waits for its reply, or for the builder to stop or become unreachable. */
function ask<Reply>(
  current: Builder,
  request: ShardBuilderRequest,
  doing: string,
): Promise<{ reply: Reply } | { error: string; log: string }> {
  clearTimeout(current.idle);
  return new Promise((resolve) => {
    const onReply = (reply: Reply) => {
      current.child.off('exit', onExit);
      current.child.off('error', onError);
      resolve({ reply });
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      current.child.off('message', onReply);
      current.child.off('error', onError);
      resolve({
        error: `The shard builder stopped (${signal ? `killed by ${signal}` : `exit code ${code}`}) while it ${doing}.`,
        log: current.stderr,
      });
    };
    const onError = (error: Error) => {
      current.child.off('message', onReply);
      current.child.off('exit', onExit);
      retire(current);
      resolve({ error: `The shard builder could not be reached: ${error.message}`, log: current.stderr });
    };
    current.child.once('message', onReply);
    current.child.once('exit', onExit);
    current.child.once('error', onError);
    current.child.send(request);
  });
}

function startBuilder(): Builder {
  const entry = createRequire(path.join(cmsRoot, 'package.json')).resolve('@infohub/release/shard-builder');
  // No execArgv: the worker may run under a TypeScript loader the builder (Node's own type stripping) does not need.
  const child = fork(entry, [], { execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'], env: process.env });
  const started: Builder = { child, stderr: '' };
  child.stderr?.on('data', (chunk: Buffer) => {
    started.stderr = (started.stderr + chunk.toString('utf8')).slice(-12_000);
  });
  child.once('exit', () => {
    clearTimeout(started.idle);
    if (builder === started) builder = undefined;
  });
  builder = started;
  return started;
}

function retire(retiring: Builder): void {
  if (builder === retiring) builder = undefined;
  if (retiring.child.connected) retiring.child.disconnect();
}
