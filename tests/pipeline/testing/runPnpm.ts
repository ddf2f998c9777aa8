import { spawn } from 'node:child_process';
import { repoRoot } from '../../testing/paths.ts';

/**
 * Runs a pnpm command from the repository root, as the root start command does, so that it gets the workspace's
 * Node 24. Its output is kept quiet unless it fails, and then comes with the error.
 */
export async function runPnpm(args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn('pnpm', args, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 180_000,
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`pnpm ${args.join(' ')} failed (exit ${code}):\n${output}`);
}
