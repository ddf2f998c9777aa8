import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { siteFolder } from '../plan/codeVersion.ts';
import { holdAstroCache } from './astroCache.ts';
import {
  astroPackage,
  bundlerAllocatorSettings,
  failureMessage,
  logTail,
  logTailCharacters,
  type RenderSettings,
  StepFailure,
  siteBuildEnvironment,
} from './renderShards.ts';

interface AstroApi {
  build(config: { root: string }): Promise<void>;
}

let astro: Promise<AstroApi> | undefined;
let cacheDir: string | undefined;
let builds = 0;
let building = false;

/**
 * Renders the given shards with the site's own build, like `renderShards`, but in this process: from the second
 * build on, Astro, Vite and the site's integrations are loaded and compiled already, which halves a small build
 * (one shard of the demo: 6.4 s in a new process, 3.0–4.5 s here). For a process that builds again and again.
 *
 * Astro imports each build's server bundle by its file name, and Node keeps every module it imported: a bundle under
 * the same name would be the first build's, with that build's shards and cached routes. Each build therefore runs
 * from a folder of its own (Astro writes the bundle under the working folder), and the process keeps the modules of
 * every build it made: about 100 MB each, so whoever runs this must start a new process after a few builds.
 */
export async function renderShardsInThisProcess(settings: RenderSettings): Promise<string> {
  if (building) throw new Error('A process runs one site build at a time: Astro keeps the build it runs in the process.');
  building = true;
  cacheDir ??= holdAstroCache();
  const buildFolder = path.join(cacheDir, `build-${process.pid}-${++builds}`);
  const output = captureOutput();
  try {
    mkdirSync(buildFolder, { recursive: true });
    process.chdir(buildFolder);
    // Before Astro is first imported: the allocator reads its settings when its library loads.
    Object.assign(process.env, bundlerAllocatorSettings, siteBuildEnvironment(settings, cacheDir));
    astro ??= import(pathToFileURL(astroPackage().resolve('astro')).href) as Promise<AstroApi>;
    await (await astro).build({ root: siteFolder });
    return logTail(output.text());
  } catch (error) {
    // What Astro's command line would have printed before exiting non-zero.
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
    throw new StepFailure(failureMessage(settings, reason.split('\n')[0] ?? 'no reason given'), logTail(`${output.text()}\n${reason}`));
  } finally {
    output.stop();
    process.chdir(cacheDir);
    rmSync(buildFolder, { recursive: true, force: true });
    building = false;
  }
}

/**
 * Keeps what the build writes to stdout and stderr (Astro and Vite log through them) instead of printing it: its end
 * is the build's log, as `renderShards` keeps a child process's output.
 */
function captureOutput(): { text(): string; stop(): void } {
  let output = '';
  const streams = [process.stdout, process.stderr];
  const writes = streams.map((stream) => stream.write);
  for (const stream of streams) {
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      output = (output + (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))).slice(-4 * logTailCharacters);
      const done = rest.find((argument) => typeof argument === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof stream.write;
  }
  return {
    text: () => output,
    stop: () => {
      streams.forEach((stream, index) => {
        stream.write = writes[index] as typeof stream.write;
      });
    },
  };
}
