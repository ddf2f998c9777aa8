import { spawnSync } from 'node:child_process';
import { renderSheetPdfs, type SheetPdfReport } from '@infohub/release';
import { extraUiStrings } from './paths.ts';

/** Signs the report forms of the sites the tests build, so the forms appear in every page type the tests read. */
const testFeedbackSecret = 'report-form-secret-of-the-tests';

export interface BuildResult {
  status: number | null;
  output: string;
}

/**
 * What every site the tests build is built with, besides its snapshot and folder. A CMS that is to rebuild a release
 * built here gets the same, or every shard's fingerprint would differ and its first publish would rebuild them all.
 */
export const testBuildEnvironment = (siteUrl: string) => ({
  INFOHUB_SITE_URL: siteUrl,
  INFOHUB_EXTRA_UI_STRINGS: extraUiStrings,
  INFOHUB_FEEDBACK_SECRET: testFeedbackSecret,
  ASTRO_TELEMETRY_DISABLED: '1',
});

/** Runs the site's real build command (Astro, then Pagefind) on a snapshot, into a folder of the tests' choosing. */
export function buildSite(snapshotPath: string, siteDir: string, siteUrl: string): BuildResult {
  const result = spawnSync('pnpm', ['--filter', '@infohub/site', 'build'], {
    env: { ...process.env, ...testBuildEnvironment(siteUrl), INFOHUB_SNAPSHOT: snapshotPath, INFOHUB_SITE_DIR: siteDir },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * Builds a snapshot as the CMS's publishing does, with `infohub-release rebuild`: every shard (pages, search and
 * sheet PDFs) into a release under `siteRoot`, made live as `siteRoot/current`.
 */
export function buildSiteRelease(snapshotPath: string, siteRoot: string, siteUrl: string): BuildResult {
  const result = spawnSync('pnpm', ['--filter', '@infohub/release', 'run', 'release', 'rebuild', '--snapshot', snapshotPath], {
    env: { ...process.env, ...testBuildEnvironment(siteUrl), INFOHUB_SITE_ROOT: siteRoot },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The step every real build takes after the site build (as `pnpm start` and `pnpm rebuild-site` do): sheet PDFs. */
export async function renderSheetPdfsOf(siteDir: string, label: string): Promise<SheetPdfReport> {
  const report = await renderSheetPdfs(siteDir);
  console.log(`${label}: ${report.count} sheet PDFs in ${report.seconds.toFixed(1)} s`);
  return report;
}
