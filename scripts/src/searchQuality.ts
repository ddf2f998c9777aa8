/**
 * `node scripts/src/searchQuality.ts <built demo site>`: runs the search-quality set of
 * each locale (tests/fixtures/search-quality/) in Chromium and prints hits@3 per locale, with the misses. A report,
 * not a test: it fails only when the set names a page the site does not have.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium } from '@infohub/release';
import { formatQuality, missingExpectedPages, readQualitySet, runQualitySet } from './lib/searchQuality.ts';
import { repoRoot } from './lib/workspace.ts';

const siteDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2] ?? 'site/dist');
if (!existsSync(path.join(siteDir, 'pagefind'))) {
  console.error(`No built site with a search index at ${siteDir}.`);
  process.exit(2);
}
const setDir = path.join(repoRoot, 'tests/fixtures/search-quality');
const chromiumPath = ensureChromium();
for (const file of readdirSync(setDir).filter((name) => name.endsWith('.json'))) {
  const lang = path.basename(file, '.json');
  const cases = readQualitySet(path.join(setDir, file));
  const missing = missingExpectedPages(siteDir, lang, cases);
  if (missing.length > 0) {
    console.error(`${file} expects pages the site does not have:\n  ${missing.join('\n  ')}`);
    process.exitCode = 1;
    continue;
  }
  console.log(formatQuality(lang, await runQualitySet(siteDir, lang, cases, chromiumPath)));
}
