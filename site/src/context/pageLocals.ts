import { paths, type Snapshot, type SnapshotCountry } from '@infohub/content-schemas';
import { type LocalizedValue, langIfFallback, pickLocalized } from '~/i18n/localized.ts';
import { createPageContext, type PageContext } from '~/i18n/pageContext.ts';
import { documentPageContent, documentPageKindOf } from '~/snapshot/documentPages.ts';
import { pageSnapshot } from '~/snapshot/shards.ts';

/** The page of one country, as its header, breadcrumbs and language switcher show it. */
export interface CountryOfPage {
  country: SnapshotCountry;
  /**
   * Picked outside the page's picker: a country's name is the same proper noun in most languages, so its fallback
   * alone is no reason for a "not translated" notice.
   */
  name: LocalizedValue<string>;
  /** The first breadcrumb of every page under the country. */
  crumb: { label: string; href: string; lang: string | undefined };
}

/**
 * What a page reads, made once per page by the middleware (`src/middleware.ts`) from its route and parameters and
 * read by pages and layouts from `Astro.locals.page`: its shard's snapshot (a document page's: only its document, see
 * `snapshot/documentPages.ts`), and on pages in a language, the reader's context
 * (words, fallback picker, dates); on a country's pages, that country.
 */
export interface PageLocals {
  snapshot: Snapshot;
  reader: PageContext | undefined;
  country: CountryOfPage | undefined;
  /** A context in another language, for the root page, which offers every language in its own words. */
  readerIn(lang: string): PageContext;
}

export function pageLocals(
  params: { lang?: string | undefined; country?: string | undefined; slug?: string | undefined },
  routePattern: string,
): PageLocals {
  const documentPage = documentPageKindOf(routePattern);
  const snapshot =
    documentPage && params.slug !== undefined ? documentPageContent(pageSnapshot(params), documentPage, params.slug) : pageSnapshot(params);
  const reader = params.lang === undefined ? undefined : createPageContext(snapshot, params.lang);
  return {
    snapshot,
    reader,
    country: reader && params.country !== undefined ? countryOfPage(reader, params.country) : undefined,
    readerIn: (lang) => createPageContext(snapshot, lang),
  };
}

function countryOfPage(reader: PageContext, slug: string): CountryOfPage {
  const country = reader.snapshot.countries.find((candidate) => candidate.slug === slug);
  if (!country) throw new Error(`The page's shard has no country "${slug}": its route and its snapshot disagree.`);
  const name = pickLocalized(country.name, reader.reading);
  return { country, name, crumb: { label: name.value, href: paths.country(reader.locale.code, slug), lang: langIfFallback(name) } };
}

/** The reader's context of a page in a language: a page outside `[lang]/` asking for it is a mistake in the page. */
export function readerOf(locals: App.Locals): PageContext {
  if (!locals.page.reader) throw new Error('This page has no language in its address, so it has no reader context.');
  return locals.page.reader;
}

/** The reader's context and the country of a page under `[lang]/[country]/`. */
export function countryPageOf(locals: App.Locals): CountryOfPage & { ctx: PageContext } {
  const ctx = readerOf(locals);
  if (!locals.page.country) throw new Error('This page has no country in its address.');
  return { ...locals.page.country, ctx };
}
