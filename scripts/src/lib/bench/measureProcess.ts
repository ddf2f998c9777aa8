/**
 * Runs a command and measures it the way the benchmark reports it: wall time, the peak memory of its whole process
 * tree (Astro's Node plus the Pagefind binary it starts, `next start` plus its workers), and when each line of its
 * output arrived, so a step inside one command (Pagefind after Astro) can be timed from its log lines.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { repoRoot } from '../workspace.ts';

export interface OutputLine {
  /** Milliseconds since the command started. */
  at: number;
  text: string;
}

export interface ProcessMeasurement {
  exitCode: number;
  milliseconds: number;
  /** The largest sum of resident memory of the tree at one sample, in bytes. */
  peakTreeRssBytes: number;
  /**
   * The largest sum of proportional memory (PSS) of the tree at one sample, in bytes: what the tree takes from the
   * machine, each page shared by several of its processes (Chromium's, or two Nodes' code) counted once in all.
   */
  peakTreePssBytes: number;
  /** Per program name (`node`, `pagefind`, …), the largest resident memory one process of that name reached. */
  peakRssByName: Record<string, number>;
  lines: OutputLine[];
}

interface ProcStatus {
  pid: number;
  ppid: number;
  name: string;
  rssBytes: number;
}

function readStatus(pid: number): ProcStatus | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(status)?.[1]?.trim();
    const rssKb = Number.parseInt(field('VmRSS') ?? '0', 10);
    return { pid, ppid: Number(field('PPid')), name: field('Name') ?? '?', rssBytes: rssKb * 1024 };
  } catch {
    // The process ended between listing /proc and reading it.
    return undefined;
  }
}

/** The process and all its descendants now: /proc lists parents, so the tree is rebuilt from a full scan. */
export function processTree(rootPid: number): ProcStatus[] {
  const all = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => readStatus(Number(entry)))
    .filter((status): status is ProcStatus => status !== undefined);
  const childrenOf = new Map<number, ProcStatus[]>();
  for (const status of all) childrenOf.set(status.ppid, [...(childrenOf.get(status.ppid) ?? []), status]);
  const tree: ProcStatus[] = [];
  const root = all.find((status) => status.pid === rootPid);
  const queue = root ? [root] : [];
  while (queue.length > 0) {
    const next = queue.shift() as ProcStatus;
    tree.push(next);
    queue.push(...(childrenOf.get(next.pid) ?? []));
  }
  return tree;
}

/** Clock ticks per second in /proc's CPU times: Linux's USER_HZ, 100 on every architecture it runs on. */
const ticksPerSecond = 100;

/** CPU seconds (user and system) the process tree's live processes have used so far. */
export function treeCpuSeconds(rootPid: number): number {
  let ticks = 0;
  for (const { pid } of processTree(rootPid)) {
    try {
      // The command name, in parentheses, may hold spaces: the fields after it are counted from its end.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      // Fields 14 (utime) and 15 (stime) of proc(5), counted from 1; after the name the third field is number 3.
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return ticks / ticksPerSecond;
}

/**
 * Waits until the process tree uses less than `share` of one core over a whole second, or `timeoutMs` passed:
 * whether it settled.
 */
export async function waitUntilQuiet(rootPid: number, { share = 0.05, timeoutMs = 120_000 } = {}): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let before = treeCpuSeconds(rootPid);
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = treeCpuSeconds(rootPid);
    if (now - before < share) return true;
    before = now;
  }
  return false;
}

/** A process's proportional set size: its resident pages, each shared one divided by the processes sharing it. */
function readPssBytes(pid: number): number {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/**
 * Reading PSS walks each process's page tables: about 0.1 s for a tree of 3 GB. So it is read only when the resident
 * sum (never below PSS) is high enough for a new peak, and then when it grew by a twentieth since the last reading or
 * this long after it.
 */
const pssIntervalMs = 2000;

/**
 * Samples a running process tree's memory every `intervalMs` until stopped. Sampling misses peaks shorter than the
 * interval; at 200 ms it costs well under 1% of a core and catches the build's steady growth.
 */
export function sampleMemory(pid: number, intervalMs = 200) {
  let peakTreeRssBytes = 0;
  let peakTreePssBytes = 0;
  let pssRead = { at: Number.NEGATIVE_INFINITY, rss: 0 };
  const peakRssByName: Record<string, number> = {};
  const sample = () => {
    const tree = processTree(pid);
    const rss = tree.reduce((sum, status) => sum + status.rssBytes, 0);
    peakTreeRssBytes = Math.max(peakTreeRssBytes, rss);
    for (const status of tree) peakRssByName[status.name] = Math.max(peakRssByName[status.name] ?? 0, status.rssBytes);
    const due = rss > pssRead.rss * 1.05 || performance.now() - pssRead.at >= pssIntervalMs;
    if (rss > peakTreePssBytes && due) {
      pssRead = { at: performance.now(), rss };
      peakTreePssBytes = Math.max(
        peakTreePssBytes,
        tree.reduce((sum, status) => sum + readPssBytes(status.pid), 0),
      );
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakTreeRssBytes, peakTreePssBytes, peakRssByName };
    },
  };
}

export interface MeasureOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Show the command's output as it comes (it is recorded either way). */
  echo?: boolean;
}

/** Bytes in whole MiB, as the bench shows memory everywhere. */
export const inMiB = (bytes: number) => Math.round(bytes / 2 ** 20);

/** A measurement's two peaks, rounded to MiB, as the bench's tables show them. */
export function peaksInMiB(peaks: { peakTreeRssBytes: number; peakTreePssBytes: number }): { peakTreeMiB: number; peakPssMiB: number } {
  return { peakTreeMiB: inMiB(peaks.peakTreeRssBytes), peakPssMiB: inMiB(peaks.peakTreePssBytes) };
}

/** Runs a command to its end, measuring it. */
export function measureCommand(command: string, args: readonly string[], options: MeasureOptions = {}): Promise<ProcessMeasurement> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const memory = sampleMemory(child.pid as number);
  const lines = collectLines(child, started, options.echo ?? true);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      memory.stop();
      reject(error);
    });
    child.on('close', (code, signal) => {
      const { peakTreeRssBytes, peakTreePssBytes, peakRssByName } = memory.stop();
      resolve({
        exitCode: code ?? (signal ? 1 : 0),
        milliseconds: performance.now() - started,
        peakTreeRssBytes,
        peakTreePssBytes,
        peakRssByName,
        lines,
      });
    });
  });
}

export function collectLines(child: ChildProcess, started: number, echo: boolean): OutputLine[] {
  const lines: OutputLine[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const at = performance.now() - started;
      const parts = (pending + chunk).split('\n');
      pending = parts.pop() ?? '';
      for (const text of parts) {
        lines.push({ at, text });
        if (echo) console.log(`  │ ${text}`);
      }
    });
  }
  return lines;
}

/** Like measureCommand, but a failed command is an error that shows the end of its output. */
export async function measureStep(
  step: string,
  command: string,
  args: readonly string[],
  options: MeasureOptions = {},
): Promise<ProcessMeasurement> {
  console.log(`\n▶ ${step}`);
  const measured = await measureCommand(command, args, { echo: false, ...options });
  if (measured.exitCode !== 0) {
    const tail = measured.lines
      .slice(-40)
      .map((line) => line.text)
      .join('\n');
    throw new Error(`${step} failed (exit code ${measured.exitCode}):\n${tail}`);
  }
  const { peakTreeMiB, peakPssMiB } = peaksInMiB(measured);
  console.log(`✔ ${step}: ${(measured.milliseconds / 1000).toFixed(1)} s, peak ${peakTreeMiB} MiB resident (${peakPssMiB} MiB PSS)`);
  return measured;
}
