/**
 * `node scripts/src/searchPayload.ts <built site> [per-language|per-country|both]`: prints the bytes a first and a
 * second search fetch on every search page of a built site (issue 6), from the site's whole-language index
 * (per-language, country as a filter) and from its bundle per language × country (per-country), to compare them.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium } from '@infohub/release';
import { type BundleLayout, formatPayloads, measureSearchPayload, type SearchCase, searchPagesOf } from './lib/searchPayload.ts';

// Words that appear in both the demo and the fixture content, so each first and second query finds something.
const queriesByLocale: Record<string, readonly string[]> = {
  es: ['refugio', 'pasaporte'],
  en: ['refugee', 'passport'],
  fr: ['asile', 'travail'],
  ht: ['azil', 'travay'],
  ar: ['لجوء', 'عمل'],
};

const siteDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2] ?? 'site/dist');
const which = process.argv[3] ?? 'both';
if (!existsSync(path.join(siteDir, 'pagefind'))) {
  console.error(`No built site with a search index at ${siteDir}.`);
  process.exit(2);
}
const layouts: BundleLayout[] = which === 'both' ? ['per-language', 'per-country'] : [which as BundleLayout];
const cases: SearchCase[] = searchPagesOf(siteDir).map(({ lang, country }) => ({
  lang,
  country,
  queries: queriesByLocale[lang] ?? ['a', 'b'],
}));
const chromiumPath = ensureChromium();
for (const layout of layouts) {
  const payloads = await measureSearchPayload(siteDir, layout, cases, chromiumPath);
  console.log(formatPayloads(payloads));
  if (process.env.SEARCH_PAYLOAD_DETAIL) {
    for (const payload of payloads)
      for (const query of payload.perQuery)
        console.log(`${layout} ${payload.lang}/${payload.country} "${query.query}"`, query.files, query.topUrls);
  }
}
