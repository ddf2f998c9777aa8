/**
 * `infohub-release <command>`: the site's releases from the command line, for a build without the CMS's jobs queue
 * and for the CMS, which reads its JSON answer (`--json`: one JSON document on stdout, the rest on stderr).
 *
 *   rebuild --snapshot <file> [--rebuild-all]   a new release from a snapshot (its folder holds the images): plan,
 *                                                build the changed shards, check, go live
 *   plan --release <id> [--rebuild-all]          plan a release whose snapshot is in place
 *   link --release <id>                         hard-link the shards a planned release reuses from the live one
 *   build-shards --release <id> --shards <ids>   build some of a planned release's shards (comma-separated ids)
 *   finish --release <id>                        check a release whose shards are built, and make it live
 *
 * Settings come from the environment (see settings.ts): INFOHUB_SITE_ROOT, INFOHUB_SITE_URL, INFOHUB_SHEET_PAPER,
 * INFOHUB_SITE_WORKERS.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { finishRelease } from './store/finishRelease.ts';
import { placeSnapshot } from './store/placeSnapshot.ts';
import { linkReusedShards } from './store/reusedShards.ts';
import { releaseSettingsFromEnv } from './store/settings.ts';
import { newRelease, releaseById, withBuildLock } from './store/siteReleases.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    snapshot: { type: 'string' },
    release: { type: 'string' },
    shards: { type: 'string' },
    'rebuild-all': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const [command] = positionals;
const settings = releaseSettingsFromEnv();
const startedAt = performance.now();

function required(name: 'snapshot' | 'release' | 'shards'): string {
  const value = values[name];
  if (!value) throw new Error(`${command} needs --${name}.`);
  return value;
}

// Each command loads only its own code: the building and printing code takes 0.6 s to load, which a publish's plan
// step (run on every publish) does not need.
async function run(): Promise<unknown> {
  switch (command) {
    case 'rebuild': {
      const { buildRelease } = await import('./build/buildRelease.ts');
      return withBuildLock(settings.releases, async () => {
        const release = newRelease(settings.releases);
        // Paths are the caller's: pnpm runs this in the package's folder and says where it was started.
        placeSnapshot(path.resolve(process.env.INIT_CWD ?? process.cwd(), required('snapshot')), release);
        return buildRelease(settings, release, { workers: settings.workers, rebuildAll: values['rebuild-all'] });
      });
    }
    case 'plan': {
      const { planRelease } = await import('./plan/planRelease.ts');
      return planRelease(settings, releaseById(settings.releases, required('release')), { rebuildAll: values['rebuild-all'] });
    }
    case 'link':
      return linkReusedShards(settings.releases, releaseById(settings.releases, required('release')));
    case 'build-shards': {
      const { buildShards } = await import('./build/buildShards.ts');
      return buildShards(settings.releases, required('release'), required('shards').split(','));
    }
    case 'finish':
      return finishRelease(settings.releases, required('release'));
    default:
      throw new Error(`Unknown command "${command ?? ''}": use rebuild, plan, link, build-shards or finish.`);
  }
}

try {
  const result = await run();
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else console.log(JSON.stringify(result, null, 2), `\n✔ ${command} (${((performance.now() - startedAt) / 1000).toFixed(1)} s)`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  const log = (error as { log?: unknown }).log;
  if (values.json) process.stdout.write(`${JSON.stringify({ error: message, log: typeof log === 'string' ? log : undefined })}\n`);
  else console.error(`${typeof log === 'string' ? `${log}\n` : ''}✘ ${message}`);
  process.exitCode = 1;
}
