import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { lockHolder, tryLock, unlock } from './lockFile.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'infohub-lock-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The id of a process that has ended. */
const endedProcess = () => spawnSync(process.execPath, ['-e', '']).pid as number;

/** Processes that each try the lock at once, hold on to what they got for a moment, and say whether they got it. */
async function racers(file: string, count: number): Promise<boolean[]> {
  const module = pathToFileURL(path.join(import.meta.dirname, 'lockFile.ts')).href;
  const code = `const { tryLock } = await import(${JSON.stringify(module)}); const got = tryLock(${JSON.stringify(file)}); console.log(got); await new Promise((resolve) => setTimeout(resolve, 1500));`;
  return Promise.all(
    Array.from({ length: count }, async () => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      await new Promise((resolve) => child.once('close', resolve));
      return output.trim() === 'true';
    }),
  );
}

describe('lock files', () => {
  it('are taken once, and not again while their holder runs', () => {
    const file = path.join(folder, 'one.lock');
    expect(tryLock(file)).toBe(true);
    expect(lockHolder(file)).toBe(process.pid);
    unlock(file);
  });

  it('are not taken from a running process, and are taken over from one that ended', () => {
    const held = path.join(folder, 'held.lock');
    writeFileSync(held, String(process.ppid));
    expect(tryLock(held)).toBe(false);
    const left = path.join(folder, 'left.lock');
    writeFileSync(left, String(endedProcess()));
    expect(tryLock(left)).toBe(true);
    expect(readFileSync(left, 'utf8')).toBe(String(process.pid));
  });

  it('go to one process only when several ask at once, free or left by a process that ended', async () => {
    const free = path.join(folder, 'free.lock');
    expect((await racers(free, 6)).filter(Boolean)).toHaveLength(1);
    const left = path.join(folder, 'raced.lock');
    writeFileSync(left, String(endedProcess()));
    expect((await racers(left, 6)).filter(Boolean)).toHaveLength(1);
  }, 30_000);
});
