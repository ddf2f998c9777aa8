import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { groupPagesByType, readRoutes } from '@infohub/scripts/page-types';
import { repoRoot } from './paths.ts';

/**
 * The page types the quality checks (accessibility, CSP, privacy, size) go over: one per route file of the site,
 * read when the tests are listed, so a page type added to site/src/pages is checked without being named here.
 */
export const sitePagesDir = path.join(repoRoot, 'site/src/pages');
export const pageTypes: readonly string[] = readRoutes(sitePagesDir).map((route) => route.name);

export interface SamplePage {
  type: string;
  url: string;
  /** The built file, relative to the site folder. */
  file: string;
  /** The page's `<html lang>`. */
  lang: string;
  /** Pages that only send the reader on (a meta refresh) leave before anything can be checked on them. */
  forwards: boolean;
}

/**
 * One page of a type in each language it is built in: the biggest file, so the page with the most content (and
 * the most kinds of content) is the one checked.
 */
export function samplePagesOfType(siteDir: string, type: string): SamplePage[] {
  const pages = groupPagesByType(siteDir, sitePagesDir).byType.get(type) ?? [];
  const biggestPerLang = new Map<string, { page: SamplePage; bytes: number }>();
  for (const page of pages) {
    const file = path.join(siteDir, page.file);
    const html = readFileSync(file, 'utf8');
    const lang = /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1] ?? '';
    const bytes = statSync(file).size;
    const forwards = /<meta[^>]+http-equiv="refresh"/i.test(html);
    const current = biggestPerLang.get(lang);
    if (!current || bytes > current.bytes)
      biggestPerLang.set(lang, { page: { type, url: page.url, file: page.file, lang, forwards }, bytes });
  }
  return [...biggestPerLang.values()].map(({ page }) => page).sort((a, b) => a.lang.localeCompare(b.lang));
}

/** Every type must have pages in the build the tests read, or its checks would pass on nothing. */
export function requireSamples(siteDir: string, type: string, build: string): SamplePage[] {
  const samples = samplePagesOfType(siteDir, type);
  if (samples.length === 0)
    throw new Error(
      `The ${build} build has no page of type "${type}" (site/src/pages/${type}): add content that makes one, so it is checked.`,
    );
  return samples;
}
