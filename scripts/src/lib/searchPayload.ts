import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveSite } from '@infohub/release';
import { chromium } from 'playwright-core';

/**
 * Measures what a reader's phone downloads when they search: the files fetched by a first query and by a second one
 * on the same page, in Chromium, on a built site, and how long each took to show its results. This is a measurement for issue 6 (search), not a
 * test: it asserts nothing and prints figures to compare layouts of the index.
 */

/**
 * What a search covers: this country ('per-country', the default on a search page) or every country in the page's
 * language ('per-language', the "search every country" box). The site keeps Pagefind's runtime once in `pagefind/`
 * and one index per language and country in `pagefind/<lang>/<country>/`; every country merges them all.
 */
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

/** Where the index a search reads lives: the runtime folder (which every country's index sits under) or one country's. */
export function bundlePathOf(layout: BundleLayout, lang: string, country: string): string {
  return layout === 'per-language' ? '/pagefind/' : `/pagefind/${lang}/${country}/`;
}

function transferSize(bytes: Buffer): number {
  const isGzipAlready = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return isGzipAlready ? bytes.length : Math.min(bytes.length, gzipSync(bytes).length);
}

/**
 * Runs each case in a fresh browser context (an empty cache, as on a first visit): opens the search page, waits for
 * it to settle, then submits each query in its search box, as a reader does ("per-language" ticks "search every
 * country" first), and counts every file fetched from the moment of the submit until the results are shown:
 * Pagefind's runtime, the indexes, the synonym list. The time is from the submit to the results on screen.
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
      const context = await browser.newContext();
      const page = await context.newPage();
      let fetched: string[] = [];
      page.on('requestfinished', (request) => {
        const url = new URL(request.url());
        if (url.origin === origin) fetched.push(url.pathname);
      });
      await page.goto(`${origin}/${searchCase.lang}/${searchCase.country}/search/`);
      await page.waitForLoadState('networkidle');
      fetched = [];
      const perQuery: QueryPayload[] = [];
      for (const query of searchCase.queries) {
        const outcome = await page.evaluate(submitAndWait, { query, everywhere: layout === 'per-language' });
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

/** Runs in the page: types the query, submits it and resolves when the results list stops being busy. */
async function submitAndWait({ query, everywhere }: { query: string; everywhere: boolean }) {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const form = root?.querySelector('form');
  const input = root?.querySelector<HTMLInputElement>('input[type="search"]');
  const list = root?.querySelector('ol');
  if (!form || !input || !list) throw new Error('This page has no search box.');
  const everywhereBox = root?.querySelector<HTMLInputElement>('input[name="everywhere"]');
  if (everywhereBox) everywhereBox.checked = everywhere;
  input.value = query;
  const done = new Promise<number>((resolve) => {
    const observer = new MutationObserver(() => {
      if (list.hasAttribute('aria-busy')) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
  });
  const started = performance.now();
  form.requestSubmit();
  const finished = await done;
  const links = [...list.querySelectorAll<HTMLAnchorElement>(':scope > li h2 a')];
  return { milliseconds: finished - started, resultCount: links.length, topUrls: links.map((link) => link.getAttribute('href') ?? '') };
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
