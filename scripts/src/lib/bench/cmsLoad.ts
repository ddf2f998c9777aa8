/**
 * The CMS under load: the production build (`next build`, `next start`) on a SQLite file holding the benchmark
 * content, read over REST by autocannon at several numbers of concurrent connections, with the memory of the whole
 * CMS process tree sampled throughout.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { cmsBuildIsStale } from '../cmsBuild.ts';
import { repoRoot } from '../workspace.ts';
import { type BenchScaleName, benchScales, generateBenchContent } from './generateContent.ts';
import { inMiB, measureStep, sampleMemory } from './measureProcess.ts';
import { median } from './searchBench.ts';

/**
 * `same`: every request reads the same address, which the CMS answers from its read cache after the first; `new`:
 * each request adds a query parameter Payload ignores, so that none is in the cache and Payload reads the database.
 */
export type ReadAddresses = 'same' | 'new';

export interface LoadFigures {
  addresses: ReadAddresses;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
  /** Answers that were not 2xx, and requests that failed outright (timeouts, resets). */
  failures: number;
}

export interface CmsFigures {
  /** What was read: one guide, with its relations (depth 2) and in one language. */
  path: string;
  guides: number;
  /** This run's seed of the content; undefined when it read the database as an earlier run left it. */
  seed: SeedFigures | undefined;
  load: LoadFigures[];
  peakTreeMiB: number;
}

/** The value below which the given share of samples fall (nearest rank). */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] as number;
}

/** Documents written through the CMS's seed (each in every language it has), and how fast. */
export interface WriteFigures {
  documents: number;
  seconds: number;
  documentsPerSecond: number;
}

export interface SeedFigures {
  /** The scale's content, written the bulk way (`cms/src/seed/`: batches of one transaction, translations' text). */
  bulk: WriteFigures;
  /** The reference, in the same run: the tiny content written the editor's way (each save whole, one commit each). */
  editorsWay: WriteFigures;
  /** Load average when the bulk seed ended: the machine is shared, so the ratio says more than the rates. */
  loadAverage: number[];
}

const cms = (script: string, ...args: string[]) => ['--filter', '@infohub/cms', 'run', script, ...args];

/** A new database with the CMS's tables, then the content in `contentFile` written into it by `seed:content`. */
async function seedInto(databaseFile: string, contentFile: string, name: string, seedOptions: string[]): Promise<WriteFigures> {
  for (const file of [databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`]) rmSync(file, { force: true });
  const env = { DATABASE_URL: `file:${databaseFile}`, INFOHUB_SITE_REBUILDS: 'off' };
  await measureStep(`Apply the CMS migrations (${name})`, 'pnpm', cms('migrate'), { env });
  const seed = await measureStep(`Seed ${name}`, 'pnpm', cms('seed:content', '--', contentFile, '--json', ...seedOptions), { env });
  const answer = seed.lines.findLast((line) => line.text.trim().startsWith('{'));
  if (!answer) throw new Error(`The seed of ${name} gave no figures.`);
  const { documentsCreated, seconds } = JSON.parse(answer.text) as { documentsCreated: number; seconds: number };
  return { documents: documentsCreated, seconds, documentsPerSecond: documentsCreated / seconds };
}

/**
 * Seeds the scale's content (written to a file the CMS's `seed:content` reads) into a new database, then, as the
 * reference, the tiny content the editor's way into a database of its own. Always from empty: a seed finds what
 * exists and adds nothing, which would measure nothing (`--skip-seed` keeps the last run's database instead).
 */
export async function prepareCmsDatabase(databaseFile: string, scale: BenchScaleName): Promise<SeedFigures> {
  const folder = path.dirname(databaseFile);
  const contentFile = path.join(folder, 'content.json');
  writeFileSync(contentFile, JSON.stringify(generateBenchContent(benchScales[scale])));
  const bulk = await seedInto(databaseFile, contentFile, `the ${scale} content the bulk way`, []);
  const loadAverage = os.loadavg();
  const referenceFolder = path.join(folder, 'editors-way');
  rmSync(referenceFolder, { recursive: true, force: true });
  mkdirSync(referenceFolder, { recursive: true });
  const referenceContent = path.join(referenceFolder, 'content.json');
  writeFileSync(referenceContent, JSON.stringify(generateBenchContent(benchScales.tiny)));
  const editorsWay = await seedInto(path.join(referenceFolder, 'cms.db'), referenceContent, "the tiny content the editor's way", [
    '--editors-way',
  ]);
  return { bulk, editorsWay, loadAverage };
}

async function loadOnce(url: string, connections: number, seconds: number, addresses: ReadAddresses): Promise<LoadFigures> {
  const latencies: number[] = [];
  const { pathname, search } = new URL(url);
  let reads = 0;
  const newAddressEachRead: Partial<autocannon.Options> =
    addresses === 'new'
      ? { requests: [{ setupRequest: (request) => ({ ...request, path: `${pathname}${search}&read=${++reads}` }) }] }
      : {};
  // autocannon's own percentiles skip p95, so every response time is kept and the percentiles computed here.
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, timeout: 30, ...newAddressEachRead }, (error, finished) =>
      error ? reject(error) : resolve(finished),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return {
    addresses,
    connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / seconds,
    medianMs: median(latencies),
    p95Ms: percentile(latencies, 0.95),
    p99Ms: percentile(latencies, 0.99),
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/**
 * The first request to a fresh `next start` loads Payload and opens the database, which on a busy machine takes longer
 * than a readiness check usually waits for one answer: each try here waits up to a minute.
 */
export async function waitForFirstAnswer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
      if (response.ok) return;
      lastProblem = `status ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`The CMS at ${url} did not answer within ${timeoutMs / 1000} s (${lastProblem}).`);
}

export async function measureCmsLoad(options: {
  databaseFile: string;
  scale: string;
  seed: SeedFigures | undefined;
  port: number;
  seconds: number;
  connections: readonly number[];
}): Promise<CmsFigures> {
  if (cmsBuildIsStale(repoRoot)) await measureStep('Build the CMS for production', 'pnpm', cms('build'));
  console.log(`\n▶ Serve the CMS (production build) on port ${options.port} and read a guide over REST`);
  // A process group of its own, so the whole tree (pnpm, our start script, next) is stopped together.
  const server = spawn('pnpm', cms('start', '--', '-p', String(options.port)), {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: `file:${options.databaseFile}`, INFOHUB_SITE_REBUILDS: 'off' },
    stdio: 'ignore',
    detached: true,
  });
  const memory = sampleMemory(server.pid as number);
  try {
    const api = `http://127.0.0.1:${options.port}/api`;
    await waitForFirstAnswer(`${api}/guides?limit=1&depth=0`, 600_000);
    const listing = (await (await fetch(`${api}/guides?limit=1&depth=0&sort=slug`)).json()) as {
      totalDocs: number;
      docs: { id: number }[];
    };
    const guide = listing.docs[0];
    if (!guide) throw new Error('The benchmark database has no published guide to read.');
    const path = `/api/guides/${guide.id}?depth=2&locale=fr`;
    // Next compiles and caches on first use: a short warm-up keeps that out of the figures.
    await loadOnce(`http://127.0.0.1:${options.port}${path}`, 1, 3, 'new');
    const load: LoadFigures[] = [];
    for (const addresses of ['same', 'new'] as const) {
      for (const connections of options.connections) {
        const figures = await loadOnce(`http://127.0.0.1:${options.port}${path}`, connections, options.seconds, addresses);
        console.log(
          `  ${addresses} address, ${connections} connections: ${figures.requestsPerSecond.toFixed(1)} req/s, ` +
            `median ${figures.medianMs.toFixed(0)} ms, p95 ${figures.p95Ms.toFixed(0)} ms, p99 ${figures.p99Ms.toFixed(0)} ms`,
        );
        load.push(figures);
      }
    }
    return {
      path,
      guides: listing.totalDocs,
      seed: options.seed,
      load,
      peakTreeMiB: inMiB(memory.stop().peakTreeRssBytes),
    };
  } finally {
    memory.stop();
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  }
}
