import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveSite } from './serveSite.ts';

/**
 * Measures what a reader's phone downloads when they search: the Pagefind files fetched by a first query and by a
 * second one on the same page, in Chromium, on a built site. This is a measurement for issue 6 (search), not a
 * test: it asserts nothing and prints figures to compare layouts of the index.
 */

/** Where a layout keeps the Pagefind bundle a search page of one language and country would load. */
/** The site writes both: `pagefind/` (per language, country as a filter) and `pagefind/<lang>/<country>/`. */
export type BundleLayout = 'per-language' | 'per-country';

export interface SearchCase {
  lang: string;
  country: string;
  /** A first and a second query, run one after the other on the same page. */
  queries: readonly string[];
}

export interface FetchedFile {
  path: string;
  rawBytes: number;
  /** What a host that compresses text sends: Pagefind's index files are gzip already, so they travel as they are. */
  transferBytes: number;
}

export interface QueryPayload {
  query: string;
  resultCount: number;
  topUrls: string[];
  files: FetchedFile[];
  transferBytes: number;
  milliseconds: number;
}

export interface CasePayload extends SearchCase {
  layout: BundleLayout;
  perQuery: QueryPayload[];
}

/** The language × country folders of a built site that have a search page. */
export function searchPagesOf(siteDir: string): { lang: string; country: string }[] {
  const found: { lang: string; country: string }[] = [];
  for (const lang of readdirSync(siteDir)) {
    const langDir = path.join(siteDir, lang);
    if (!/^[a-z]{2,3}$/.test(lang)) continue;
    for (const country of readdirSync(langDir)) {
      if (existsSync(path.join(langDir, country, 'search', 'index.html'))) found.push({ lang, country });
    }
  }
  return found;
}

export function bundlePathOf(layout: BundleLayout, lang: string, country: string): string {
  return layout === 'per-language' ? '/pagefind/' : `/pagefind/${lang}/${country}/`;
}

function transferSize(bytes: Buffer): number {
  const isGzipAlready = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return isGzipAlready ? bytes.length : Math.min(bytes.length, gzipSync(bytes).length);
}

/**
 * Runs each case in a fresh browser context (an empty cache, as on a first visit): opens the search page, then does
 * what site/src/scripts/search.ts does for each query — import the bundle's pagefind.js, search (with the country
 * filter when the bundle holds every country), and read the first ten results.
 */
export async function measureSearchPayload(
  siteDir: string,
  layout: BundleLayout,
  cases: readonly SearchCase[],
  chromiumPath: string,
): Promise<CasePayload[]> {
  const server = await serveSite(siteDir, 0);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath });
  const measured: CasePayload[] = [];
  try {
    for (const searchCase of cases) {
      const bundle = bundlePathOf(layout, searchCase.lang, searchCase.country);
      const context = await browser.newContext();
      const page = await context.newPage();
      let fetched: string[] = [];
      page.on('requestfinished', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.startsWith(bundle)) fetched.push(pathname);
      });
      await page.goto(`${origin}/${searchCase.lang}/${searchCase.country}/search/`);
      await page.waitForLoadState('networkidle');
      fetched = [];
      const perQuery: QueryPayload[] = [];
      for (const query of searchCase.queries) {
        const filters: Record<string, string> = layout === 'per-language' ? { country: searchCase.country } : {};
        const outcome = await page.evaluate(
          async ({ bundle, query, filters }) => {
            const started = performance.now();
            const pagefind = await import(`${bundle}pagefind.js`);
            const search = await pagefind.search(query, { filters });
            const pages = await Promise.all(
              search.results.slice(0, 10).map((result: { data(): Promise<{ url: string }> }) => result.data()),
            );
            return {
              milliseconds: performance.now() - started,
              resultCount: search.results.length,
              topUrls: pages.map((found) => found.url),
            };
          },
          { bundle, query, filters },
        );
        await page.waitForLoadState('networkidle');
        const files = [...new Set(fetched)].map((pathname) => {
          const bytes = readFileSync(path.join(siteDir, decodeURIComponent(pathname)));
          return { path: pathname, rawBytes: bytes.length, transferBytes: transferSize(bytes) };
        });
        perQuery.push({ query, ...outcome, files, transferBytes: files.reduce((sum, file) => sum + file.transferBytes, 0) });
        fetched = [];
      }
      measured.push({ ...searchCase, layout, perQuery });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return measured;
}

export function formatPayloads(payloads: readonly CasePayload[]): string {
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  return payloads
    .map((payload) => {
      const queries = payload.perQuery
        .map(
          (query, index) =>
            `  ${index === 0 ? 'first ' : 'second'} "${query.query}": ${kB(query.transferBytes)} in ${query.files.length} files, ` +
            `${query.resultCount} results, ${query.milliseconds.toFixed(0)} ms`,
        )
        .join('\n');
      return `${payload.layout} ${payload.lang}/${payload.country}\n${queries}`;
    })
    .join('\n');
}
