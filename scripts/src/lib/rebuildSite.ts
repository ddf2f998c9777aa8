import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  activateRelease,
  currentRelease,
  discardRelease,
  newReleaseDir,
  renderSheetPdfs,
  type SiteReleases,
  siteReleases,
  withBuildLock,
} from '@infohub/release';
import { runStep, timeStep } from './run.ts';

/**
 * The one way the public site is rebuilt, whether by `pnpm start`, by `pnpm rebuild-site` or by the CMS after a
 * publish (it runs `pnpm rebuild-site` as a child process): export the published content, build the site and its
 * search index into a new release, render its printable sheets to PDF, check it, and only then switch the served site to it.
 */
export interface RebuildSettings {
  releases: SiteReleases;
  /** The snapshot the live site was built from; its folder also holds the images (`media/`). */
  snapshotFile: string;
  /** The public address the site is built for (canonical links, sitemap, feeds). */
  siteUrl: string;
}

const cms = (script: string, ...args: string[]) => ['--filter', '@infohub/cms', 'run', script, ...args];

/** The snapshot folder a build exports into; it replaces the live one once its site is live. */
export function nextSnapshotFile({ snapshotFile }: RebuildSettings): string {
  return join(`${dirname(snapshotFile)}.next`, basename(snapshotFile));
}

/**
 * Exports the published content. Given the live snapshot, the export reads only what changed since it was made
 * (and keeps the rest of it, images hard-linked); it falls back to reading everything when it cannot vouch for that.
 */
export async function exportSnapshot(snapshotFile: string, liveSnapshotFile?: string): Promise<void> {
  rmSync(dirname(snapshotFile), { recursive: true, force: true });
  const base = liveSnapshotFile && existsSync(liveSnapshotFile) ? ['--base', liveSnapshotFile] : [];
  await runStep('Export published content to the snapshot', 'pnpm', cms('export-snapshot', '--', '--out', snapshotFile, ...base));
}

/** Builds the site from a snapshot into a new release folder; a failed build leaves no folder behind. */
export async function buildRelease(settings: RebuildSettings, snapshotFile: string): Promise<string> {
  const release = newReleaseDir(settings.releases);
  try {
    await runStep('Build the site and its search index', 'pnpm', ['--filter', '@infohub/site', 'run', 'build'], {
      env: { INFOHUB_SNAPSHOT: snapshotFile, INFOHUB_SITE_DIR: release, INFOHUB_SITE_URL: settings.siteUrl, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    await renderSheetPdfsStep(release, currentRelease(settings.releases));
    checkRelease(release);
  } catch (error) {
    discardRelease(release);
    throw error;
  }
  return release;
}

/**
 * The PDFs of the printable sheets, into the release before it goes live, with the step's time and count. Sheets
 * the live release already printed from the same page are copied from it.
 */
export async function renderSheetPdfsStep(siteDir: string, liveRelease?: string): Promise<void> {
  await timeStep('Render the printable sheets to PDF', async () => {
    const report = await renderSheetPdfs(siteDir, { reuseFrom: liveRelease });
    console.log(`  ${report.count} PDFs (${report.reused} unchanged, copied from the live site) in ${report.seconds.toFixed(1)} s`);
  });
}

/** What a served site cannot do without: a build that exits 0 but misses one of these must not go live. */
const requiredFiles = ['index.html', '404.html', 'pagefind/pagefind.js'];

export function checkRelease(release: string): void {
  const missing = requiredFiles.filter((file) => !existsSync(join(release, file)));
  if (missing.length > 0) throw new Error(`The built site is incomplete: ${missing.join(', ')} missing in ${release}.`);
}

/** Makes a built release the served site, and its snapshot the live one. */
export function goLive(settings: RebuildSettings, release: string, snapshotFile: string): void {
  activateRelease(settings.releases, release);
  const liveFolder = dirname(settings.snapshotFile);
  rmSync(liveFolder, { recursive: true, force: true });
  renameSync(dirname(snapshotFile), liveFolder);
  console.log(`\nLive release: ${basename(release)}`);
}

/** Export, build, check and switch, one build at a time (a second one waits for none: it fails at once). */
export async function rebuildSite(settings: RebuildSettings): Promise<string> {
  return withBuildLock(settings.releases, async () => {
    const snapshotFile = nextSnapshotFile(settings);
    await exportSnapshot(snapshotFile, settings.snapshotFile);
    const release = await buildRelease(settings, snapshotFile);
    goLive(settings, release, snapshotFile);
    return release;
  });
}

/**
 * Where builds go and what address they are for, from the environment the CMS passes on to its rebuilds:
 * `INFOHUB_SITE_ROOT` (releases and the `current` link, default var/site), `INFOHUB_SNAPSHOT` (the live snapshot,
 * default var/snapshot/snapshot.json) and `INFOHUB_SITE_URL` (default http://localhost:4321).
 */
export function rebuildSettingsFromEnv(varDir: string, variables: NodeJS.ProcessEnv = process.env): RebuildSettings {
  return {
    releases: siteReleases(resolve(variables.INFOHUB_SITE_ROOT?.trim() || join(varDir, 'site'))),
    snapshotFile: resolve(variables.INFOHUB_SNAPSHOT?.trim() || join(varDir, 'snapshot', 'snapshot.json')),
    siteUrl: variables.INFOHUB_SITE_URL?.trim() || 'http://localhost:4321',
  };
}
