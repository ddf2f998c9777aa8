import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';

/**
 * Everything the site build takes from its environment, read and checked in one place. Relative paths are taken
 * from the repository root, so a command gives the same result from any folder of the workspace.
 */
export interface SiteEnv {
  /** Absolute path of the content snapshot JSON. */
  snapshotPath: string;
  /** Where the site will be published; canonical links, hreflang and the sitemap use it. */
  siteUrl: URL;
  /** Absolute path of the folder the built site (and its search index) is written to. */
  outDir: string;
  /**
   * The shards to render (`site`, `es/honduras`…), from `INFOHUB_SHARDS` (comma-separated); undefined renders every
   * shard of the snapshot. Pages of other shards are not built.
   */
  shards: readonly string[] | undefined;
  /**
   * Astro's cache (content layer data, optimised images), from `INFOHUB_ASTRO_CACHE`; default Astro's own. Builds
   * that run at the same time each need their own: Astro rewrites its data store at every start.
   */
  astroCacheDir: string | undefined;
  /**
   * A folder of extra UI-strings files (`<lang>.json`), from `INFOHUB_EXTRA_UI_STRINGS`, for languages only tests
   * build in (the fixture's right-to-left `ar`); they are checked like the site's own. Test-only: the site ships
   * the languages of `src/i18n/`.
   */
  extraUiStringsDir: string | undefined;
  /**
   * Signs the time token of the "report wrong information" form (`INFOHUB_FEEDBACK_SECRET`, the same value the CMS
   * checks it with). Unset: pages carry no form, as the CMS could not accept what it sent.
   */
  feedbackSecret: string | undefined;
  /**
   * Where the form is sent (`INFOHUB_FEEDBACK_URL`): unset, `/feedback` on the site's own origin, which its server
   * forwards to the CMS; on a static host with no such forwarding, the CMS's own address
   * (`https://cms.example.org/api/reports/feedback`), which the pages' Content-Security-Policy then allows.
   */
  feedbackUrl: URL | undefined;
  /**
   * What the live release recorded (`INFOHUB_LIVE_RECORD`, a JSON file the release builder writes: see
   * `integrations/buildRecord.ts`): the build takes the pages and search indexes it would make the same from it.
   * Unset, everything is made.
   */
  liveRecord: string | undefined;
  /** Where the build writes its own record for the next release (`INFOHUB_BUILD_RECORD`). */
  buildRecord: string | undefined;
  /**
   * The search index and the offline files are left to `afterBuild.ts`, which the caller runs once the build's
   * process has exited (`INFOHUB_AFTER_BUILD_APART=1`): the release does, so that Pagefind does not run beside the
   * 0.8 GB a build's process holds at its end.
   */
  afterBuildApart: boolean;
}

const envSchema = z.object({
  INFOHUB_SNAPSHOT: z.string().trim().min(1).optional(),
  INFOHUB_SITE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) address such as "https://info.example.org"' }).optional(),
  INFOHUB_SITE_DIR: z.string().trim().min(1).optional(),
  INFOHUB_SHARDS: z.string().trim().min(1).optional(),
  INFOHUB_ASTRO_CACHE: z.string().trim().min(1).optional(),
  INFOHUB_EXTRA_UI_STRINGS: z.string().trim().min(1).optional(),
  INFOHUB_FEEDBACK_SECRET: z.string().trim().min(16, 'must be at least 16 characters').optional(),
  INFOHUB_FEEDBACK_URL: z.url({ protocol: /^https?$/, error: "must be the http(s) address of the CMS's /api/reports/feedback" }).optional(),
  INFOHUB_LIVE_RECORD: z.string().trim().min(1).optional(),
  INFOHUB_BUILD_RECORD: z.string().trim().min(1).optional(),
  INFOHUB_AFTER_BUILD_APART: z.literal('1', { error: 'must be 1 or unset' }).optional(),
});

let lastRead: { given: string; env: SiteEnv } | undefined;

/**
 * Pages ask for their settings thousands of times a build, and a shard builder changes them between builds: the
 * last answer is kept for as long as the settings it was read from are the same.
 */
export function readSiteEnv(env: Record<string, string | undefined> = process.env, start = import.meta.dirname): SiteEnv {
  const settings = ourSettings(env);
  const given = JSON.stringify([settings, start]);
  if (lastRead?.given !== given) lastRead = { given, env: parseSiteEnv(settings, start) };
  return lastRead.env;
}

function parseSiteEnv(settings: Record<string, string>, start: string): SiteEnv {
  const parsed = envSchema.safeParse(settings);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `- ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`The site's environment variables are not valid:\n${problems}`);
  }
  const repoRoot = findRepoRoot(start);
  const fromRoot = (value: string) => path.resolve(repoRoot, value);
  return {
    snapshotPath: fromRoot(parsed.data.INFOHUB_SNAPSHOT ?? 'var/snapshot/snapshot.json'),
    siteUrl: new URL(parsed.data.INFOHUB_SITE_URL ?? 'http://localhost:4321'),
    outDir: fromRoot(parsed.data.INFOHUB_SITE_DIR ?? 'site/dist'),
    shards: parsed.data.INFOHUB_SHARDS?.split(',').map((id) => id.trim()),
    astroCacheDir: parsed.data.INFOHUB_ASTRO_CACHE === undefined ? undefined : fromRoot(parsed.data.INFOHUB_ASTRO_CACHE),
    extraUiStringsDir: parsed.data.INFOHUB_EXTRA_UI_STRINGS === undefined ? undefined : fromRoot(parsed.data.INFOHUB_EXTRA_UI_STRINGS),
    feedbackSecret: parsed.data.INFOHUB_FEEDBACK_SECRET,
    feedbackUrl: parsed.data.INFOHUB_FEEDBACK_URL === undefined ? undefined : new URL(parsed.data.INFOHUB_FEEDBACK_URL),
    liveRecord: parsed.data.INFOHUB_LIVE_RECORD === undefined ? undefined : fromRoot(parsed.data.INFOHUB_LIVE_RECORD),
    buildRecord: parsed.data.INFOHUB_BUILD_RECORD === undefined ? undefined : fromRoot(parsed.data.INFOHUB_BUILD_RECORD),
    afterBuildApart: parsed.data.INFOHUB_AFTER_BUILD_APART === '1',
  };
}

/** The workspace root is the nearest folder, from `start` upwards, holding pnpm-workspace.yaml. */
export function findRepoRoot(start: string): string {
  let folder = path.resolve(start);
  while (!existsSync(path.join(folder, 'pnpm-workspace.yaml'))) {
    const parent = path.dirname(folder);
    if (parent === folder)
      throw new Error(`No pnpm-workspace.yaml found in ${start} or any folder above it: run the build inside the repository.`);
    folder = parent;
  }
  return folder;
}

const settingNames = Object.keys(envSchema.shape);

/** The site's own variables; CI systems often export a variable as an empty string to mean "not set". */
function ourSettings(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    settingNames.flatMap((name) => {
      const value = env[name];
      return value === undefined || value.trim() === '' ? [] : [[name, value]];
    }),
  );
}
