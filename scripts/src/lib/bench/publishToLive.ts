/**
 * From an editor's publish to the page served, as it happens in production: the CMS's production build with its
 * site workers (`cms start`), on a copy of a seeded database, its releases in a store of the bench's own. A full
 * release is made first ("Rebuild now"), and the CMS left to settle; then one guide's Spanish summary is changed and
 * published over REST, and the clock runs until the live release's page for that guide carries the new text.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { cmsBuildIsStale } from '../cmsBuild.ts';
import { copySqliteDatabase } from '../sqliteCopy.ts';
import { repoRoot } from '../workspace.ts';
import { waitForFirstAnswer } from './cmsLoad.ts';
import { measureStep, peaksInMiB, sampleMemory, waitUntilQuiet } from './measureProcess.ts';
import { countHtmlPages } from './siteBuild.ts';

export interface PublishFigures {
  content: string;
  /** Pages of the live site. */
  sitePages: number;
  /** From the REST publish to the changed page served. */
  seconds: number;
  shardsRebuilt: string[];
  shardsReused: number;
  /** How long the first, full release took through the CMS's jobs. */
  fullReleaseSeconds: number;
  peakTreeMiB: number;
  /** The same peak counted as PSS: pages the CMS's processes share counted once (measureProcess.ts). */
  peakPssMiB: number;
}

interface PublishSetup {
  content: string;
  /** A database migrated and seeded, with an admin whose password is `adminPassword`. */
  databaseFile: string;
  adminEmail: string;
  adminPassword: string;
  mediaDir?: string;
  workDir: string;
  port: number;
}

interface SiteBuild {
  status: string;
  shardsRebuilt?: string[] | null;
  shardsReused?: number | null;
}

const cms = (...args: string[]) => ['--filter', '@infohub/cms', 'run', ...args];

async function poll<T>(what: string, timeoutMs: number, intervalMs: number, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Gave up waiting ${timeoutMs / 1000} s for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export async function measurePublishToLive(setup: PublishSetup): Promise<PublishFigures> {
  if (cmsBuildIsStale(repoRoot)) await measureStep('Build the CMS for production', 'pnpm', cms('build'));
  console.log(`\n▶ Publish one guide through the CMS (${setup.content}) and wait for its page to be served`);
  rmSync(setup.workDir, { recursive: true, force: true });
  mkdirSync(setup.workDir, { recursive: true });
  const databaseFile = path.join(setup.workDir, 'cms.db');
  copySqliteDatabase(setup.databaseFile, databaseFile);
  const siteRoot = path.join(setup.workDir, 'site');
  const current = path.join(siteRoot, 'current');
  const log = openSync(path.join(setup.workDir, 'cms.log'), 'w');
  const server = spawn('pnpm', cms('start', '--', '-H', '127.0.0.1', '-p', String(setup.port)), {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: `file:${databaseFile}`,
      PAYLOAD_SECRET: randomBytes(32).toString('base64url'),
      INFOHUB_SITE_ROOT: siteRoot,
      INFOHUB_SITE_URL: 'http://localhost:4321',
      ...(setup.mediaDir ? { INFOHUB_MEDIA_DIR: setup.mediaDir } : {}),
    },
    // Kept for whoever reads why a publish took as long as it did.
    stdio: ['ignore', log, log],
    detached: true,
  });
  const memory = sampleMemory(server.pid as number);
  try {
    const api = `http://127.0.0.1:${setup.port}/api`;
    await waitForFirstAnswer(`${api}/countries?limit=1`, 600_000);
    const login = await fetch(`${api}/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: setup.adminEmail, password: setup.adminPassword }),
    });
    if (!login.ok) throw new Error(`The bench could not sign in as ${setup.adminEmail}: ${login.status} ${await login.text()}`);
    const { token } = (await login.json()) as { token: string };
    const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' };
    const latestBuild = async (): Promise<SiteBuild | undefined> => {
      const response = await fetch(`${api}/site-builds?sort=-createdAt&limit=1&depth=0`, { headers });
      return ((await response.json()) as { docs: SiteBuild[] }).docs[0];
    };
    const finished = async (): Promise<SiteBuild | undefined> => {
      const build = await latestBuild();
      if (build?.status === 'failed') throw new Error('The site build failed: see the admin dashboard of the bench CMS.');
      return build?.status === 'live' ? build : undefined;
    };

    const fullStartedAt = performance.now();
    const rebuild = await fetch(`${api}/site-builds/rebuild`, { method: 'POST', headers });
    if (!rebuild.ok) throw new Error(`"Rebuild now" answered ${rebuild.status}: ${await rebuild.text()}`);
    await poll('the first full release', 3_600_000, 1_000, async () => (existsSync(current) ? finished() : undefined));
    const fullReleaseSeconds = (performance.now() - fullStartedAt) / 1000;
    // An editor publishes minutes after a full release, not the moment it is live: by then the workers have replaced
    // and warmed up their shard builders, which the publish would otherwise share the two cores with.
    const settleStartedAt = performance.now();
    const settled = await waitUntilQuiet(server.pid as number);
    console.log(
      `  the CMS ${settled ? 'settled' : 'was still busy'} ${((performance.now() - settleStartedAt) / 1000).toFixed(1)} s after the full release`,
    );

    const listing = await fetch(`${api}/guides?limit=1&depth=1&locale=es&sort=slug&where[_status][equals]=published`, { headers });
    const guide = ((await listing.json()) as { docs: { id: number; slug: string; summary: string; country: { slug: string } }[] }).docs[0];
    if (!guide) throw new Error('The database has no published guide to change.');
    const marker = `Revisado ${Date.now().toString(36)}.`;
    const page = () => path.join(current, 'es', guide.country.slug, 'guides', guide.slug, 'index.html');

    const publishedAt = performance.now();
    const publish = await fetch(`${api}/guides/${guide.id}?locale=es&depth=0`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ summary: `${guide.summary} ${marker}`, _status: 'published' }),
    });
    if (!publish.ok) throw new Error(`Publishing the guide answered ${publish.status}: ${await publish.text()}`);
    await poll('the changed page to be served', 600_000, 100, async () =>
      existsSync(page()) && readFileSync(page(), 'utf8').includes(marker) ? true : undefined,
    );
    const seconds = (performance.now() - publishedAt) / 1000;
    const build = await poll('the build to be recorded as live', 60_000, 500, finished);
    console.log(`  live ${seconds.toFixed(1)} s after the publish; shards rebuilt: ${(build.shardsRebuilt ?? []).join(', ')}`);
    return {
      content: setup.content,
      sitePages: countHtmlPages(current),
      seconds,
      shardsRebuilt: build.shardsRebuilt ?? [],
      shardsReused: build.shardsReused ?? 0,
      fullReleaseSeconds,
      ...peaksInMiB(memory.stop()),
    };
  } finally {
    memory.stop();
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  }
}
