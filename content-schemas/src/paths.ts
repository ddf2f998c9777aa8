import type { ReportRefusal } from './feedback/reports.ts';
import { slugify } from './slugs.ts';

/** A list split over pages gets `page/2/`, `page/3/`… after its first page's address. */
const pageSuffix = (page: number) => (page > 1 ? `page/${page}/` : '');

/**
 * The public site's URLs, in one place, because the site, the CMS (preview links) and printed QR codes all point
 * at them. Slugs are the same in every language, so switching language keeps the reader on the same page.
 */
export const paths = {
  home: (locale: string) => `/${locale}/`,
  country: (locale: string, country: string) => `/${locale}/${country}/`,
  topic: (locale: string, country: string, topic: string) => `/${locale}/${country}/${topic}/`,
  guide: (locale: string, country: string, guide: string) => `/${locale}/${country}/guides/${guide}/`,
  /** The services index: categories and cities to choose from. */
  services: (locale: string, country: string) => `/${locale}/${country}/services/`,
  servicesByCategory: (locale: string, country: string, category: string, page = 1) =>
    `/${locale}/${country}/services/category/${category}/${pageSuffix(page)}`,
  /** Cities are free text in the content; their segment is the city's slug ("San José" → "san-jose"). */
  servicesInCity: (locale: string, country: string, city: string, page = 1) =>
    `/${locale}/${country}/services/city/${slugify(city)}/${pageSuffix(page)}`,
  service: (locale: string, country: string, service: string) => `/${locale}/${country}/services/${service}/`,
  hubs: (locale: string, country: string, page = 1) => `/${locale}/${country}/hubs/${pageSuffix(page)}`,
  hub: (locale: string, country: string, hub: string) => `/${locale}/${country}/hubs/${hub}/`,
  search: (locale: string, country: string) => `/${locale}/${country}/search/`,
  /** "Check a recruitment agency": the country's register of licensed agencies and programmes. */
  recruiters: (locale: string, country: string) => `/${locale}/${country}/recruiters/`,
  feed: (locale: string, country: string) => `/${locale}/${country}/feed.xml`,
  about: (locale: string) => `/${locale}/about/`,
  privacy: (locale: string) => `/${locale}/privacy/`,
  accessibility: (locale: string) => `/${locale}/accessibility/`,
  /** What the service worker shows for a page never saved on the phone, when there is no network. */
  offline: (locale: string) => `/${locale}/offline/`,
  /** Where the "report wrong information" form is sent, on the site's own origin (its server forwards it to the CMS). */
  feedback: () => '/feedback',
  /** The thank-you page a reader is sent to once a report is stored. */
  reportSent: (locale: string) => `/${locale}/report-sent/`,
  /** Why a report was not stored, in the reader's language: the page explains every reason, the fragment picks one. */
  reportNotSent: (locale: string, reason?: ReportRefusal) => `/${locale}/report-not-sent/${reason ? `#${reason}` : ''}`,
  /** The list of a country's pages in one language that "save this country for offline" stores. */
  offlinePages: (locale: string, country: string) => `/${locale}/${country}/offline-pages.json`,
  /** What hub staff print for one country in one language: the list of sheets and their PDFs. */
  printMaterials: (locale: string, country: string) => `/${locale}/${country}/print/`,
  guideSheet: (locale: string, country: string, guide: string) => `/${locale}/${country}/print/guides/${guide}/`,
  servicesSheet: (locale: string, country: string) => `/${locale}/${country}/print/services/`,
  hubSheet: (locale: string, country: string, hub: string) => `/${locale}/${country}/print/hubs/${hub}/`,
  /** What the country's services are as open data: the HSDS files, their licence and date. */
  openData: (locale: string, country: string) => `/${locale}/${country}/open-data/`,
  /** The HSDS API's `/services` response for the country in the language (`content-schemas/docs/hsds.md`). */
  hsdsServices: (locale: string, country: string) => `/${locale}/${country}/open-data/hsds/services.json`,
  /** The HSDS API's `/services/{id}` response: one service, fully nested. */
  hsdsService: (locale: string, country: string, id: string) => `/${locale}/${country}/open-data/hsds/services/${id}.json`,
  /** Hub staff pick guides and services and print one referral slip for the person in front of them. */
  counter: (locale: string, country: string) => `/${locale}/${country}/counter/`,
  /** What the counter page builds its slips from: the country's guides' checklists, services and hubs in one language. */
  counterData: (locale: string, country: string) => `/${locale}/${country}/counter.json`,
  /** The sitemap of one country in one language: its shard's pages, each with the languages it exists in. */
  countrySitemap: (locale: string, country: string) => `/${locale}/${country}/sitemap.xml`,
  /** The sitemap of the site-wide pages (language homes, about, privacy, accessibility). */
  siteSitemap: () => '/sitemap-site.xml',
  /** Lists every sitemap: what a search engine is given. */
  sitemapIndex: () => '/sitemap-index.xml',
  /** A sheet's PDF sits beside its page: `…/print/guides/x/` → `…/print/guides/x.pdf`. */
  sheetPdf: (sheetPath: string) => `${sheetPath.replace(/\/$/, '')}.pdf`,
} as const;

/** A printable sheet's page (`/{lang}/{country}/print/…/`), as opposed to the list of them at `print/` itself. */
export function isSheetPath(pathname: string): boolean {
  return /^\/[^/]+\/[^/]+\/print\/.+\/$/.test(pathname);
}

/** Any page of a country's print section: the list of sheets or a sheet. */
export function isPrintPath(pathname: string): boolean {
  return /^\/[^/]+\/[^/]+\/print\//.test(pathname);
}

/** Topic slugs share the URL level with these fixed sections, so no topic may take one of their names. */
export const reservedCountrySegments = ['guides', 'services', 'hubs', 'search', 'print', 'open-data', 'recruiters', 'counter'] as const;

/** Country slugs share the URL level with the site's own pages (`/{lang}/about/`), so no country may take their names. */
export const reservedLocaleSegments = ['about', 'privacy', 'accessibility', 'offline', 'report-sent', 'report-not-sent'] as const;

/** Service and hub slugs share `services/…` and `hubs/…` with the lists' own sections, so none may take these. */
export const reservedDirectorySegments = ['category', 'city', 'page'] as const;

/**
 * The same page in another language: swaps the leading language segment and keeps the rest of the path.
 * Returns the other language's home when the path has no language segment.
 */
export function switchLocale(pathname: string, fromLocale: string, toLocale: string): string {
  const prefix = `/${fromLocale}/`;
  if (pathname === `/${fromLocale}`) return `/${toLocale}/`;
  if (!pathname.startsWith(prefix)) return paths.home(toLocale);
  return `/${toLocale}/${pathname.slice(prefix.length)}`;
}
