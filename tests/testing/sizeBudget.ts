import path from 'node:path';
import { checkSizeBudget, formatSizeReport, readSizeBudget, type SizeReport } from '@infohub/scripts/size-budget';
import type { TestInfo } from '@playwright/test';
import { sitePagesDir } from './pageTypes.ts';
import { repoRoot } from './paths.ts';

export const sizeBudgetFile = path.join(repoRoot, 'site/size-budget.json');
/** The ceiling for a guide page, HTML and CSS compressed: one round trip on a slow connection. */
export const guideCeilingBytes = 14 * 1024;
/** The ceiling for what a first search fetches (runtime, index, synonyms), as sent over the network. */
export const firstSearchCeilingBytes = 100_000;

/** Checks a built site against site/size-budget.json and attaches the per-type table to the test's report. */
export async function checkBuiltSite(siteDir: string, testInfo: TestInfo): Promise<SizeReport> {
  const report = checkSizeBudget(siteDir, sitePagesDir, readSizeBudget(sizeBudgetFile));
  await testInfo.attach('size per page type', { body: formatSizeReport(report), contentType: 'text/plain' });
  for (const type of report.types)
    testInfo.annotations.push({
      type: `size ${type.type}`,
      description: `${type.heaviestHtmlCss.url} ${type.heaviestHtmlCss.htmlCssGzipBytes} B HTML+CSS gzip; ${type.heaviestScript.scriptGzipBytes} B script gzip`,
    });
  return report;
}
