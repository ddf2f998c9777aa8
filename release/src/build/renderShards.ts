import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { siteFolder } from '../plan/codeVersion.ts';
import { withAstroCache } from './astroCache.ts';

export interface RenderSettings {
  snapshotFile: string;
  siteUrl: string;
  shards: readonly string[];
  /** A folder of its own: Astro empties it first. */
  outDir: string;
  /** What the live release recorded, for the build to take what it would make the same (the site's `integrations/buildRecord.ts`). */
  liveRecord?: string | undefined;
  /** Where the build writes its own record: each document page's key, each search index's hash. */
  buildRecord?: string | undefined;
}

export const astroPackage = () => createRequire(path.join(siteFolder, 'package.json'));

const astroBin = () => {
  const require = astroPackage();
  const manifest = require('astro/package.json') as { bin: { astro: string } };
  return path.join(path.dirname(require.resolve('astro/package.json')), manifest.bin.astro);
};

export const logTailCharacters = 12_000;
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colour codes are control characters.
const terminalCodes = /\u001b\[[0-9;]*[A-Za-z]/g;

/** The end of a build's output as whoever reads why it failed wants it: no colour codes, the last 12,000 characters. */
export function logTail(output: string): string {
  return output.replace(terminalCodes, '').slice(-logTailCharacters);
}

export function failureMessage(settings: RenderSettings, how: string): string {
  return `The site build of ${settings.shards.join(', ')} failed (${how}).`;
}

/** What the site's build reads from its environment (`site/src/env.ts`), for these shards and this cache folder. */
export function siteBuildEnvironment(settings: RenderSettings, cacheDir: string): Record<string, string> {
  return {
    INFOHUB_ASTRO_CACHE: cacheDir,
    // Astro writes the modules that import the snapshot's images under `<root>/.astro/` unless told otherwise (our
    // patch of astro, "Patches" in cms/README.md): builds of two snapshots at once would overwrite each other's.
    ASTRO_DOT_DIR: path.join(cacheDir, 'dot-astro'),
    INFOHUB_SNAPSHOT: settings.snapshotFile,
    INFOHUB_SITE_DIR: settings.outDir,
    INFOHUB_SITE_URL: settings.siteUrl,
    INFOHUB_SHARDS: settings.shards.join(','),
    // Empty means unset to the site: a shard builder's next build must not inherit the last one's.
    INFOHUB_LIVE_RECORD: settings.liveRecord ?? '',
    INFOHUB_BUILD_RECORD: settings.buildRecord ?? '',
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
}

/** What a failed step leaves for whoever reads why: the end of its output. */
export class StepFailure extends Error {
  readonly log: string;
  constructor(message: string, log: string) {
    super(message);
    this.name = 'StepFailure';
    this.log = log;
  }
}

/**
 * Renders the given shards with the site's own build (Astro, then the sitemaps its integrations write for those
 * shards), in a child process: the build needs hundreds of MB that the caller (a CMS worker, say) should not hold.
 * The search index and offline lists follow in a process of their own (the site's `afterBuild.ts`), once the build's
 * has exited: at its end a build's process still holds about 0.8 GB, and Pagefind beside it took 0.2 GB more.
 * Resolves with the end of their output; rejects with it when either fails.
 */
export function renderShards(settings: RenderSettings): Promise<string> {
  return withAstroCache(async (cacheDir) => {
    mkdirSync(cacheDir, { recursive: true });
    // Astro writes its server build under the working folder (`.astro/`) when the output is elsewhere: started from
    // its own cache folder, inside the site's, a build shares that scratch space with no other and still finds the
    // site's packages.
    const step = {
      cwd: cacheDir,
      env: { ...process.env, ...siteBuildProcess.env, ...siteBuildEnvironment(settings, cacheDir), INFOHUB_AFTER_BUILD_APART: '1' },
    };
    const built = await runStep(settings, [astroBin(), 'build', '--root', siteFolder], step, '');
    return runStep(settings, [path.join(siteFolder, 'src', 'afterBuild.ts')], step, built);
  });
}

/**
 * The bundlers' allocator (mimalloc, in rolldown, rollup and Astro's compiler) lets the kernel back its memory with
 * transparent huge pages, and the kernel clears each 2 MB page as it is first touched. In a build of four large
 * shards that clearing was 2 s of CPU in rolldown's threads, and Vite's part of the build took 2.4–2.7 s instead of
 * 0.9–1.0 s. Told not to (the allocator then turns huge pages off for its whole process), the same build took
 * 10.2–11.8 s instead of 12.2–14.3 s and peaked at 830–960 MB instead of 1,130–1,150 MB. For every process that runs
 * a site build, the CMS's warm shard builders included (`renderInThisProcess.ts`).
 */
export const bundlerAllocatorSettings = { MIMALLOC_ALLOW_THP: '0' } as const;

/**
 * A site build's processes, started to hold less memory at no cost in time. Half the large bench content in one
 * build (6,872 pages) peaked at 1,204–1,269 MB resident with Node's defaults: V8 let its heap grow to twice what was
 * live (about 500 MB of pages for 240 MB of objects), and the bundlers' allocator kept some 320 MB it no longer used.
 * Heap growth capped at 30% and the allocator returning freed memory at once: 861 MB, in the same 36–42 s. Capped
 * harder (15%, or `--optimize-for-size`), the build spends its time collecting garbage (up to 62 s). Not for the
 * CMS's shard builders: a warm builder keeps the modules of every build it made, and collecting that heap more often
 * took a publish's build of four large shards from 9.8–10.9 s to 12.8 s.
 */
const siteBuildProcess = {
  execArgv: ['--heap-growing-percent=30'],
  env: { ...bundlerAllocatorSettings, MIMALLOC_PURGE_DELAY: '0' },
} as const;

/** Runs one step of a site build in a Node process; resolves with the output so far, this step's added. */
function runStep(
  settings: RenderSettings,
  args: readonly string[],
  { cwd, env }: { cwd: string; env: NodeJS.ProcessEnv },
  earlierOutput: string,
): Promise<string> {
  const child = spawn(process.execPath, [...siteBuildProcess.execArgv, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = earlierOutput;
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4 * logTailCharacters);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return new Promise((resolve, reject) => {
    child.once('error', (error) => reject(new StepFailure(`The site build could not start: ${error.message}`, logTail(output))));
    child.once('close', (code, signal) => {
      const log = logTail(output);
      if (code === 0) resolve(log);
      else reject(new StepFailure(failureMessage(settings, signal ? `stopped by ${signal}` : `exit code ${code}`), log));
    });
  });
}
