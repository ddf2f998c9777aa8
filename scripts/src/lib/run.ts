import { spawn } from 'node:child_process';
import { repoRoot } from './workspace.ts';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs a command with its output shown as it comes, and resolves with its exit code. Commands go through pnpm so
 * that they get the workspace's Node 24 rather than the machine's own Node.
 */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, ...options.env },
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Like run, but a non-zero exit is an error naming the step that failed. */
export async function runStep(step: string, command: string, args: readonly string[], options: RunOptions = {}): Promise<void> {
  const startedAt = performance.now();
  console.log(`\n▶ ${step}`);
  const code = await run(command, args, options);
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  if (code !== 0) throw new Error(`${step} failed (exit code ${code}, after ${seconds} s). The output above says why.`);
  console.log(`✔ ${step} (${seconds} s)`);
}

/** Like runStep, for work done in this process: prints the step, then its time, or fails naming it. */
export async function timeStep<T>(step: string, work: () => Promise<T>): Promise<T> {
  const startedAt = performance.now();
  console.log(`\n▶ ${step}`);
  const seconds = () => ((performance.now() - startedAt) / 1000).toFixed(1);
  try {
    const result = await work();
    console.log(`✔ ${step} (${seconds()} s)`);
    return result;
  } catch (error) {
    throw new Error(`${step} failed (after ${seconds()} s): ${error instanceof Error ? error.message : String(error)}`);
  }
}
