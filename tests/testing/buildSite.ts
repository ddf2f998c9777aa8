import { spawnSync } from 'node:child_process';
import { renderSheetPdfs, type SheetPdfReport } from '@infohub/release';
import { extraUiStrings } from './paths.ts';

/** Signs the report forms of the sites the tests build, so the forms appear in every page type the tests read. */
const testFeedbackSecret = 'report-form-secret-of-the-tests';

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs the site's real build command (Astro, then Pagefind) on a snapshot, into a folder of the tests' choosing. */
export function buildSite(snapshotPath: string, siteDir: string, siteUrl: string): BuildResult {
  const result = spawnSync('pnpm', ['--filter', '@infohub/site', 'build'], {
    env: {
      ...process.env,
      INFOHUB_SNAPSHOT: snapshotPath,
      INFOHUB_SITE_DIR: siteDir,
      INFOHUB_SITE_URL: siteUrl,
      INFOHUB_EXTRA_UI_STRINGS: extraUiStrings,
      INFOHUB_FEEDBACK_SECRET: testFeedbackSecret,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The step every real build takes after the site build (as `pnpm start` and `pnpm rebuild-site` do): sheet PDFs. */
export async function renderSheetPdfsOf(siteDir: string, label: string): Promise<SheetPdfReport> {
  const report = await renderSheetPdfs(siteDir);
  console.log(`${label}: ${report.count} sheet PDFs in ${report.seconds.toFixed(1)} s`);
  return report;
}
