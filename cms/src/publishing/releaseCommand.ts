import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cmsRoot } from '../paths.ts';

/** What a release command answers: its result, or why it failed with the end of its output. */
export type CommandAnswer<T> = T | { error: string; log?: string };

export function failed<T extends object>(answer: CommandAnswer<T>): answer is { error: string; log?: string } {
  return 'error' in answer && typeof answer.error === 'string';
}

/**
 * Runs the release package's command line (`infohub-release … --json`) in a child process: building takes hundreds
 * of MB and seconds of CPU that the CMS must not hold, and the CMS reads a typed JSON answer, never text. The CMS
 * server's bundler never sees the build code either.
 */
export function runReleaseCommand<T extends object>(args: readonly string[]): Promise<CommandAnswer<T>> {
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
        resolve(JSON.parse(line) as CommandAnswer<T>);
      } catch {
        resolve({ error: `The release command exited with code ${code} without an answer.`, log: stderr });
      }
    });
  });
}
