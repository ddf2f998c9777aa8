import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { measureCommand, treeCpuSeconds, waitUntilQuiet } from './measureProcess.ts';

describe('measuring a command', () => {
  // Starting a Node and filling 200 MB takes seconds on a busy machine.
  it('counts the memory of the processes a command starts, not only its own', { timeout: 30_000 }, async () => {
    // A shell that starts a Node holding 200 MB: the shell itself stays small.
    const holdMemory = `"${process.execPath}" -e "const b = Buffer.alloc(200e6, 1); console.log('held'); setTimeout(() => b.length, 1000)"`;
    const measured = await measureCommand('sh', ['-c', holdMemory], { echo: false });
    expect(measured.exitCode).toBe(0);
    expect(measured.peakTreeRssBytes).toBeGreaterThan(200e6);
    // Its own pages are its own: PSS counts them whole, and never more than the resident sum.
    expect(measured.peakTreePssBytes).toBeGreaterThan(200e6);
    expect(measured.peakTreePssBytes).toBeLessThanOrEqual(measured.peakTreeRssBytes);
    expect(Math.max(...Object.values(measured.peakRssByName))).toBeGreaterThan(200e6);
    expect(measured.peakRssByName.sh ?? 0).toBeLessThan(50e6);
    expect(measured.lines.map((line) => line.text)).toContain('held');
    expect(measured.milliseconds).toBeGreaterThanOrEqual(1000);
  });

  it('reports a failing command by its exit code', async () => {
    expect((await measureCommand('sh', ['-c', 'exit 3'], { echo: false })).exitCode).toBe(3);
  });

  it('counts the CPU time of a process tree, and waits until it is quiet', { timeout: 30_000 }, async () => {
    // A shell whose Node child keeps a core busy for a second, then idles.
    const busyThenIdle = `exec "${process.execPath}" -e "const end = Date.now() + 1000; while (Date.now() < end); setTimeout(() => {}, 20000)"`;
    const shell = spawn('sh', ['-c', busyThenIdle], { stdio: 'ignore' });
    try {
      expect(await waitUntilQuiet(shell.pid as number, { timeoutMs: 15_000 })).toBe(true);
      expect(treeCpuSeconds(shell.pid as number)).toBeGreaterThan(0.5);
    } finally {
      shell.kill();
      await once(shell, 'exit');
    }
  });
});
