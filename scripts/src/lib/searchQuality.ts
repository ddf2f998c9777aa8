import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { type BundleLayout, bundlePathOf } from './searchPayload.ts';
import { serveSite } from './serveSite.ts';

/**
 * The search-quality set (tests/fixtures/search-quality/<locale>.json): what readers type, and the pages that
 * should come first. Scored as hits@3 — the share of queries with an expected page among the first three results —
 * in Chromium against a built site, so it measures what readers get, stemming and chunk loading included.
 */
export interface QualityCase {
  country: string;
  query: string;
  /** What the case tests: exact, no accents, case, synonym, misspelling, city, word variant… */
  kind: string;
  /** Paths under /<lang>/<country>/, e.g. "guides/refugee-status". */
  expected: string[];
}

export interface QualityOutcome extends QualityCase {
  lang: string;
  top3: string[];
  hit: boolean;
}

export function readQualitySet(file: string): QualityCase[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { cases: QualityCase[] }).cases;
}

function pageUrl(lang: string, country: string, page: string): string {
  return `/${lang}/${country}/${page}/`;
}

/** Expected pages the built site does not have: a case naming one would always miss, so it is a mistake in the set. */
export function missingExpectedPages(siteDir: string, lang: string, cases: readonly QualityCase[]): string[] {
  return cases
    .flatMap((qualityCase) => qualityCase.expected.map((page) => pageUrl(lang, qualityCase.country, page)))
    .filter((url) => !existsSync(path.join(siteDir, url, 'index.html')));
}

export async function runQualitySet(
  siteDir: string,
  layout: BundleLayout,
  lang: string,
  cases: readonly QualityCase[],
  chromiumPath: string,
): Promise<QualityOutcome[]> {
  const server = await serveSite(siteDir, 0);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath });
  const outcomes: QualityOutcome[] = [];
  try {
    const page = await browser.newPage();
    let openCountry = '';
    for (const qualityCase of cases) {
      // Pagefind picks its language index from the page it runs on, so each query runs on its country's search page.
      if (qualityCase.country !== openCountry) {
        await page.goto(`${origin}/${lang}/${qualityCase.country}/search/`);
        openCountry = qualityCase.country;
      }
      const filters: Record<string, string> = layout === 'per-language' ? { country: qualityCase.country } : {};
      const top3 = await page.evaluate(
        async ({ bundle, query, filters }) => {
          const pagefind = await import(`${bundle}pagefind.js`);
          const search = await pagefind.search(query, { filters });
          const pages = await Promise.all(search.results.slice(0, 3).map((result: { data(): Promise<{ url: string }> }) => result.data()));
          return pages.map((found) => found.url);
        },
        { bundle: bundlePathOf(layout, lang, qualityCase.country), query: qualityCase.query, filters },
      );
      const expectedUrls = qualityCase.expected.map((expected) => pageUrl(lang, qualityCase.country, expected));
      outcomes.push({ ...qualityCase, lang, top3, hit: top3.some((url) => expectedUrls.includes(url)) });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return outcomes;
}

export function formatQuality(lang: string, outcomes: readonly QualityOutcome[]): string {
  const hits = outcomes.filter((outcome) => outcome.hit).length;
  const byKind = new Map<string, { hits: number; total: number }>();
  for (const outcome of outcomes) {
    const tally = byKind.get(outcome.kind) ?? { hits: 0, total: 0 };
    tally.total += 1;
    if (outcome.hit) tally.hits += 1;
    byKind.set(outcome.kind, tally);
  }
  const kinds = [...byKind].map(([kind, tally]) => `${kind} ${tally.hits}/${tally.total}`).join(', ');
  const misses = outcomes
    .filter((outcome) => !outcome.hit)
    .map((outcome) => `    ✘ ${outcome.country} "${outcome.query}" (${outcome.kind}) → ${outcome.top3.join(' ') || 'nothing'}`);
  return [`${lang}: hits@3 ${hits}/${outcomes.length} (${kinds})`, ...misses].join('\n');
}
