import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { copySqliteDatabase } from '@infohub/scripts/sqlite-copy';
import { pipeline } from '../../pipeline/testing/paths.ts';
import { testBuildEnvironment } from '../../testing/buildSite.ts';
import { outputFolder, repoRoot } from '../../testing/paths.ts';

/**
 * What a run of the CMS makes, beside the pipeline's: a copy of its seeded database, and the site releases. Each spec
 * file that starts the CMS names its own run, so two files running at once (two workers) never share a database.
 */
export function cmsRun(name: string) {
  const folder = path.join(outputFolder, name);
  return {
    folder,
    database: path.join(folder, 'publishing.db'),
    media: path.join(folder, 'media'),
    siteRoot: path.join(folder, 'site'),
    demoLogin: path.join(folder, 'demo-admin.json'),
    cmsLog: path.join(folder, 'cms.log'),
  };
}

export const publishing = cmsRun('publishing');

export interface RunningCms {
  url: string;
  stop(): Promise<void>;
  output(): string;
}

/**
 * The CMS as it runs in production (`next start` on its build, its job runner started with the server), on a copy
 * of the database the pipeline setup migrated and seeded. Its rebuilds go to this run's own site folder, which
 * starts empty, or with a copy of the pipeline's releases when `withLiveSite`: the CMS then builds with the settings
 * the pipeline built them with (`testBuildEnvironment`), so that its first publish rebuilds only what it changed.
 */
export async function startCms(
  port: number,
  siteUrl: string,
  run: ReturnType<typeof cmsRun>,
  environment: Record<string, string> = {},
  { withLiveSite = false } = {},
): Promise<RunningCms> {
  const { folder } = run;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  copySqliteDatabase(pipeline.database, run.database);
  if (withLiveSite) cpSync(pipeline.releases, run.siteRoot, { recursive: true, verbatimSymlinks: true });
  copyFileSync(path.join(pipeline.folder, 'demo-admin.json'), run.demoLogin);
  copyFileSync(path.join(pipeline.folder, 'demo-users.json'), path.join(folder, 'demo-users.json'));
  if (existsSync(pipeline.media)) cpSync(pipeline.media, run.media, { recursive: true });

  const child: ChildProcess = spawn('pnpm', ['--filter', '@infohub/cms', 'run', 'start', '--', '-p', String(port)], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: `file:${run.database}`,
      PAYLOAD_SECRET: randomBytes(32).toString('base64url'),
      INFOHUB_MEDIA_DIR: run.media,
      INFOHUB_SITE_ROOT: run.siteRoot,
      INFOHUB_SITE_URL: siteUrl,
      INFOHUB_REBUILD_DELAY_SECONDS: '2',
      ...(withLiveSite ? testBuildEnvironment(siteUrl) : {}),
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The CMS stopped (exit ${child.exitCode}):\n${output}`);
    const ready = await fetch(`${url}/api/countries?limit=1`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`The CMS did not answer within 90 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    output: () => output,
    async stop() {
      if (child.pid !== undefined && child.exitCode === null) {
        process.kill(-child.pid, 'SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
    },
  };
}

export function demoAdminLogin(): { email: string; password: string } {
  return JSON.parse(readFileSync(path.join(pipeline.folder, 'demo-admin.json'), 'utf8')) as { email: string; password: string };
}

/** A demo account of another role, as the seed recorded it in `demo-users.json` beside the admin's login. */
export function demoStaffLogin(email: string): { email: string; password: string } {
  const file = path.join(pipeline.folder, 'demo-users.json');
  const logins = JSON.parse(readFileSync(file, 'utf8')) as { email: string; password: string }[];
  const login = logins.find((candidate) => candidate.email === email);
  if (!login) throw new Error(`${file} has no login for ${email}: the seed creates it.`);
  return login;
}
