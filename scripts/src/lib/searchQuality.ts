import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serveSite } from '@infohub/release';
import { chromium } from 'playwright-core';

/**
 * The search-quality set (tests/fixtures/search-quality/<locale>.json): what readers type, and the pages that
 * should come first. Scored as hits@3 — the share of queries with an expected page among the first three results —
 * in Chromium against a built site through its search page, so it measures what readers get: synonyms, stemming
 * and index loading included.
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

/** What the quality run needs of a browser page: Playwright's `Page` (test runner or playwright-core) fits. */
export interface QualityPage {
  goto(url: string): Promise<unknown>;
  evaluate<R>(pageFunction: () => Promise<R>): Promise<R>;
}

/**
 * Runs one case the way a reader does: the country's search page with the query in its address (the page runs it
 * as if typed: synonyms, filters off, this country only), then reads the addresses of the results, best first.
 */
export async function resultsOnSearchPage(page: QualityPage, origin: string, lang: string, qualityCase: QualityCase): Promise<string[]> {
  await page.goto(`${origin}/${lang}/${qualityCase.country}/search/?q=${encodeURIComponent(qualityCase.query)}`);
  return page.evaluate(async () => {
    const finished = () => {
      const status = document.querySelector('[data-search] [role="status"]')?.textContent ?? '';
      return status !== '' && !document.querySelector('[data-search] ol[aria-busy]');
    };
    for (let waited = 0; !finished(); waited += 50) {
      if (waited > 20_000) throw new Error('The search page gave no answer within 20 s.');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return [...document.querySelectorAll<HTMLAnchorElement>('.search-results > li h2 a')].map((link) => link.getAttribute('href') ?? '');
  });
}

export function scoreCase(lang: string, qualityCase: QualityCase, results: readonly string[]): QualityOutcome {
  const top3 = results.slice(0, 3);
  const expectedUrls = qualityCase.expected.map((expected) => pageUrl(lang, qualityCase.country, expected));
  return { ...qualityCase, lang, top3, hit: top3.some((url) => expectedUrls.includes(url)) };
}

export async function runQualitySet(
  siteDir: string,
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
    for (const qualityCase of cases)
      outcomes.push(scoreCase(lang, qualityCase, await resultsOnSearchPage(page, origin, lang, qualityCase)));
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
