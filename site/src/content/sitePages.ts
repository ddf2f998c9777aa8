import type { LocalizedValue, Reading } from '~/i18n/localized.ts';

/** The site's own pages, written in MDX per language (`src/content/pages/{lang}/{name}.mdx`). */
export const sitePageNames = ['about', 'privacy', 'accessibility'] as const;
export type SitePageName = (typeof sitePageNames)[number];

/** The id Astro's glob loader gives `pages/{lang}/{name}.mdx`. */
export function sitePageId(lang: string, name: SitePageName): string {
  return `${lang}/${name}`;
}

/**
 * The page in the reader's language, else in the default language marked as a fallback, so the page can say so
 * and mark the text's language. Every site page must exist in the default language: its absence stops the build.
 */
export function pickSitePage<T>(entries: ReadonlyMap<string, T>, name: SitePageName, reading: Reading): LocalizedValue<T> {
  const own = entries.get(sitePageId(reading.locale, name));
  if (own !== undefined) return { value: own, lang: reading.locale, isFallback: false };
  const fallback = entries.get(sitePageId(reading.defaultLocale, name));
  if (fallback === undefined) {
    throw new Error(
      `site/src/content/pages/${reading.defaultLocale}/${name}.mdx is missing: every site page needs its text in the default language.`,
    );
  }
  return { value: fallback, lang: reading.defaultLocale, isFallback: true };
}
