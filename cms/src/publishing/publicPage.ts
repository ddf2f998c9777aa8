import { paths } from '@infohub/content-schemas';

const collectionsWithPages = ['guides', 'services', 'hubs', 'alerts', 'recruiters'] as const;
export type CollectionWithPage = (typeof collectionsWithPages)[number];

export const hasPublicPage = (collection: string): collection is CollectionWithPage =>
  collectionsWithPages.some((candidate) => candidate === collection);

/**
 * Where a published document is read on the public site; alerts have no page of their own and show on their country's,
 * and a register entry is on its country's "Check a recruitment agency" page.
 */
export function publicPagePath(collection: CollectionWithPage, locale: string, country: string, slug: string): string {
  switch (collection) {
    case 'guides':
      return paths.guide(locale, country, slug);
    case 'services':
      return paths.service(locale, country, slug);
    case 'hubs':
      return paths.hub(locale, country, slug);
    case 'alerts':
      return paths.country(locale, country);
    case 'recruiters':
      return `${paths.recruiters(locale, country)}#${slug}`;
  }
}

/** The page's full address: the site's configured URL (`INFOHUB_SITE_URL`) and the path, without a doubled slash. */
export function publicPageUrl(siteUrl: string, pagePath: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${pagePath}`;
}
