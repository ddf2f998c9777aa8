import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { type SiteReleases, siteReleases } from './siteReleases.ts';
import { workspaceRoot } from './workspace.ts';

const envSchema = z.object({
  INFOHUB_SITE_ROOT: z.string().trim().min(1).optional(),
  INFOHUB_SITE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) address such as "https://info.example.org"' }).optional(),
  INFOHUB_SHEET_PAPER: z.enum(['Letter', 'A4']).optional(),
  INFOHUB_SITE_WORKERS: z.coerce.number().int().nonnegative().optional(),
  INFOHUB_FEEDBACK_SECRET: z.string().optional(),
  INFOHUB_FEEDBACK_URL: z.string().optional(),
  INFOHUB_EXTRA_UI_STRINGS: z.string().trim().min(1).optional(),
});

export interface ReleaseSettings {
  releases: SiteReleases;
  /** The public address the site is built for (canonical links, sitemaps, feeds, QR codes). */
  siteUrl: string;
  /** Paper size of the sheets' PDFs. */
  paper: 'Letter' | 'A4';
  /**
   * What the pages' report form is built with: where it posts and a digest of the secret that signs it (never the
   * secret itself, as fingerprints are written to files). A change rebuilds every shard, whose forms would otherwise
   * post elsewhere or carry tokens the CMS refuses. Unset when the site has no form.
   */
  reportForm?: string;
  /**
   * A digest of the extra UI-strings files the site is built with (`INFOHUB_EXTRA_UI_STRINGS`, languages only tests
   * build in): their words are on every page of those languages, so a change rebuilds every shard. Unset when none.
   */
  extraUiStrings?: string;
}

export interface ReleaseEnv extends ReleaseSettings {
  /** How many shard builds run at once: the machine's cores unless `INFOHUB_SITE_WORKERS` says. */
  workers: number;
}

/**
 * Where releases go and what they are built for, read and checked here only: `INFOHUB_SITE_ROOT` (releases and the
 * `current` link, default var/site), `INFOHUB_SITE_URL` (default http://localhost:4321), `INFOHUB_SHEET_PAPER`
 * (Letter, the size offices in the region buy, or A4) and `INFOHUB_SITE_WORKERS`.
 */
export function releaseSettingsFromEnv(variables: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): ReleaseEnv {
  const set = Object.fromEntries(Object.entries(variables).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `- ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`The site release settings are not valid:\n${problems}`);
  }
  const env = parsed.data;
  return {
    releases: siteReleases(path.resolve(workspaceRoot, env.INFOHUB_SITE_ROOT ?? 'var/site')),
    siteUrl: env.INFOHUB_SITE_URL ?? 'http://localhost:4321',
    paper: env.INFOHUB_SHEET_PAPER ?? 'Letter',
    // Both change every page (the form's token, the address it posts to and the policy allowing it); the secret only
    // as its digest. Unset, they add nothing, so a site without the form keeps its fingerprints.
    ...(env.INFOHUB_FEEDBACK_SECRET || env.INFOHUB_FEEDBACK_URL
      ? {
          reportForm: `${env.INFOHUB_FEEDBACK_URL ?? ''} ${env.INFOHUB_FEEDBACK_SECRET ? createHash('sha256').update(env.INFOHUB_FEEDBACK_SECRET).digest('hex') : ''}`,
        }
      : {}),
    ...(env.INFOHUB_EXTRA_UI_STRINGS
      ? { extraUiStrings: digestOfStringFiles(path.resolve(workspaceRoot, env.INFOHUB_EXTRA_UI_STRINGS)) }
      : {}),
    // 0 tells the CMS to run no workers beside its server; a build here still needs one.
    workers: Math.max(1, env.INFOHUB_SITE_WORKERS ?? cores),
  };
}

/** The `.json` files of a folder, names and contents, as one digest (the site reads every `.json` file there). */
function digestOfStringFiles(folder: string): string {
  let names: string[];
  try {
    names = readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort();
  } catch (error) {
    throw new Error(`INFOHUB_EXTRA_UI_STRINGS names ${folder}, which cannot be read: ${(error as Error).message}`);
  }
  const hash = createHash('sha256');
  for (const name of names) {
    hash
      .update(`${name}\0`)
      .update(readFileSync(path.join(folder, name)))
      .update('\0');
  }
  return hash.digest('hex');
}
