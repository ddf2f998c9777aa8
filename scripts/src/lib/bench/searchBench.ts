/**
 * Search per language: the index the site ships for it, and what a reader's search costs in Chromium, measured with
 * issue 6's `measureSearchPayload` on the bundle the search page loads.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { bundlePathOf, measureSearchPayload, type SearchCase, searchPagesOf } from '../searchPayload.ts';

export interface SearchFigures {
  lang: string;
  /** Search pages (countries) of the language, each one case of the measurement. */
  countries: number;
  /** Every file of the language's bundles on disk, all countries together. */
  indexBytesOnDisk: number;
  /** Medians over the countries: bytes a first and a second query fetched, and how long each took. */
  firstQueryBytes: number;
  secondQueryBytes: number;
  firstQueryMs: number;
  secondQueryMs: number;
}

/** Words the generated content and the demo content both use, so every query finds pages. */
export const benchQueries: Record<string, readonly [string, string]> = {
  es: ['refugio', 'pasaporte'],
  en: ['refugee', 'passport'],
  fr: ['asile', 'travail'],
  ht: ['azil', 'travay'],
};

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function folderBytes(folder: string): number {
  if (!existsSync(folder)) return 0;
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).reduce((sum, entry) => {
    const stats = statSync(path.join(folder, entry));
    return stats.isFile() ? sum + stats.size : sum;
  }, 0);
}

export async function measureSearch(siteDir: string, chromiumPath: string): Promise<SearchFigures[]> {
  const cases: SearchCase[] = searchPagesOf(siteDir)
    .filter(({ lang }) => benchQueries[lang])
    .map(({ lang, country }) => ({ lang, country, queries: benchQueries[lang] as readonly string[] }));
  const measured = await measureSearchPayload(siteDir, 'per-country', cases, chromiumPath);
  const languages = [...new Set(cases.map((searchCase) => searchCase.lang))];
  return languages.map((lang) => {
    const ofLanguage = measured.filter((payload) => payload.lang === lang);
    const query = (index: number) => ofLanguage.map((payload) => payload.perQuery[index]).filter((entry) => entry !== undefined);
    const languageBundles = path.join(siteDir, path.dirname(bundlePathOf('per-country', lang, 'x')));
    return {
      lang,
      countries: ofLanguage.length,
      indexBytesOnDisk: folderBytes(languageBundles),
      firstQueryBytes: median(query(0).map((entry) => entry.transferBytes)),
      secondQueryBytes: median(query(1).map((entry) => entry.transferBytes)),
      firstQueryMs: median(query(0).map((entry) => entry.milliseconds)),
      secondQueryMs: median(query(1).map((entry) => entry.milliseconds)),
    };
  });
}
