import { spawn } from 'node:child_process';
import path from 'node:path';
import { cmsRoot } from '../paths.ts';

export interface RebuildOutcome {
  ok: boolean;
  /** The end of the command's output, for the build's record. */
  log: string;
  /** The release folder that went live. */
  release?: string;
  error?: string;
}

/** `pnpm rebuild-site`'s script, reached through the workspace dependency on @infohub/scripts. */
export const rebuildCommand = path.join(cmsRoot, 'node_modules', '@infohub', 'scripts', 'src', 'rebuildSite.ts');

const logTailCharacters = 12_000;
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colour codes are control characters.
const terminalCodes = /\u001b\[[0-9;]*[A-Za-z]/g;

/**
 * Runs the site rebuild in a child process of its own (the site build needs several hundred MB and a minute of
 * CPU, which must not hold up the CMS's requests), in a process group so that a timeout stops its children too.
 * The CMS has made the database schema already, so the child never pushes one.
 */
export function runRebuildCommand({ timeoutSeconds }: { timeoutSeconds: number }): Promise<RebuildOutcome> {
  const { INFOHUB_DB_PUSH: _push, ...environment } = process.env;
  const child = spawn(process.execPath, [rebuildCommand], {
    cwd: path.dirname(cmsRoot),
    env: { ...environment, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4 * logTailCharacters);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  }, timeoutSeconds * 1000);

  return new Promise((resolve) => {
    const finish = (code: number | null, failure?: string) => {
      clearTimeout(timer);
      const log = output.replace(terminalCodes, '').slice(-logTailCharacters);
      const release = log.match(/^Live release: (\S+)$/m)?.[1];
      if (code === 0 && !failure) return resolve({ ok: true, log, release });
      const lastError = log.match(/^✘ (.+)$/m)?.[1];
      const error = timedOut
        ? `The build took longer than ${timeoutSeconds} s and was stopped.`
        : (failure ?? lastError ?? `The rebuild command exited with code ${code}.`);
      resolve({ ok: false, log, error });
    };
    child.once('error', (error) => finish(null, `The rebuild command could not start: ${error.message}`));
    child.once('close', (code) => finish(code));
  });
}
