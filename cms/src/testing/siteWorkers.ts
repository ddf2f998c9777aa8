import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cmsRoot } from '../paths.ts';
import type { TestPayload } from './startTestPayload.ts';

export interface SiteWorker {
  process: ChildProcess;
  /** Stops the worker and the site build it may be running, as a crash or `kill -9` would. */
  kill(): Promise<void>;
}

/**
 * A site worker in a process of its own, exactly as one runs in production (`pnpm --filter @infohub/cms
 * site-worker`: Payload's `jobs:run` on the `site-shards` queue), on the test's database and release folder.
 */
export function startSiteWorker(test: TestPayload, environment: Record<string, string> = {}): SiteWorker {
  const { INFOHUB_DB_PUSH: _push, ...inherited } = process.env;
  const child = spawn('pnpm', ['run', 'site-worker'], {
    cwd: cmsRoot,
    env: { ...inherited, INFOHUB_MEDIA_DIR: test.mediaDir, ...environment },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  return {
    process: child,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      const exited = once(child, 'exit');
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
      }
      await exited;
    },
  };
}
