import { describeDocument, paths, processSlot, type Snapshot, type SnapshotProblem, serviceCategories } from '@infohub/content-schemas';
import { sitePageNames } from '~/content/sitePages.ts';
import { listedServices } from '~/features/directory/routes.ts';
import { guidesOf, hubsOf, topicsOf } from './queries.ts';
import { sanitizeBodyHtml } from './sanitizeBodyHtml.ts';

/**
 * The links of every guide body in the last snapshot this process checked. A CMS shard builder checks the whole
 * snapshot at every publish, and a publish changes a few bodies: cleaning every one again to find its links took
 * 0.2 s of each publish's build at 13,800 pages, 0.4 s at twice that. Only the last check's are kept.
 */
const linksOfLastCheck = processSlot<Map<string, readonly string[]>>('guideBodyLinks');

/**
 * Links in guide bodies that point at the site itself but at no page it builds, in any language: a guide that was
 * unpublished or deleted after the link was written, or an address typed by hand. The CMS drops links to guides
 * that are not published when it exports; this catches the rest before a reader meets a "page not found".
 * Only the links that survive sanitising are checked: the rest never reach a page.
 */
export function findBrokenInternalLinks(snapshot: Snapshot, siteUrl?: string): SnapshotProblem[] {
  const pages = sitePagePaths(snapshot);
  const siteOrigin = siteUrl === undefined ? undefined : new URL(siteUrl).origin;
  const problems: SnapshotProblem[] = [];
  const earlier = linksOfLastCheck.get();
  const links = new Map<string, readonly string[]>();
  snapshot.guides.forEach((guide, index) => {
    for (const [locale, html] of Object.entries(guide.bodyHtml ?? {})) {
      if (html === undefined) continue;
      const found = links.get(html) ?? earlier?.get(html) ?? linksIn(html);
      links.set(html, found);
      for (const href of found) {
        const pathname = internalPathname(href, siteOrigin);
        if (pathname === undefined || pages.has(pathname)) continue;
        problems.push({
          document: describeDocument('guides', guide, index),
          field: 'bodyHtml',
          locale,
          message: `links to ${pathname}, which is not a page of the site (unpublished, deleted or mistyped): remove the link or point it at a published page`,
        });
      }
    }
  });
  linksOfLastCheck.set(links);
  return problems;
}

/** Every page address the site builds (first pages of lists: links to a later page of a list would go stale). */
export function sitePagePaths(snapshot: Snapshot): Set<string> {
  const pages = new Set<string>();
  for (const { code } of snapshot.locales) {
    pages.add(paths.home(code));
    pages.add(paths.offline(code));
    for (const name of sitePageNames) pages.add(`/${code}/${name}/`);
  }
  for (const country of snapshot.countries) {
    const services = listedServices(snapshot, country.slug);
    for (const locale of country.locales) {
      pages.add(paths.country(locale, country.slug));
      pages.add(paths.services(locale, country.slug));
      pages.add(paths.hubs(locale, country.slug));
      pages.add(paths.search(locale, country.slug));
      pages.add(paths.feed(locale, country.slug));
      for (const topic of topicsOf(snapshot, country.slug)) pages.add(paths.topic(locale, country.slug, topic.slug));
      for (const guide of guidesOf(snapshot, country.slug)) pages.add(paths.guide(locale, country.slug, guide.slug));
      for (const hub of hubsOf(snapshot, country.slug)) pages.add(paths.hub(locale, country.slug, hub.slug));
      for (const service of snapshot.services.filter((candidate) => candidate.country === country.slug))
        pages.add(paths.service(locale, country.slug, service.slug));
      for (const category of serviceCategories.filter((name) => services.some((service) => service.category === name)))
        pages.add(paths.servicesByCategory(locale, country.slug, category));
      for (const service of services) pages.add(paths.servicesInCity(locale, country.slug, service.city));
    }
  }
  return pages;
}

/** The addresses of the links a reader gets: read from the sanitiser's output, which quotes every attribute with ". */
function linksIn(html: string): string[] {
  return [...sanitizeBodyHtml(html).matchAll(/<a\s[^>]*?href="([^"]*)"/g)].map((match) => decodeEntities(match[1] ?? ''));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** The path of a link to the site itself (a path, or an absolute address on the site's origin), without query or fragment. */
function internalPathname(href: string, siteOrigin: string | undefined): string | undefined {
  const base = siteOrigin ?? 'https://site.invalid';
  let url: URL;
  try {
    url = new URL(href, `${base}/`);
  } catch {
    return undefined;
  }
  if (url.origin !== base || href.startsWith('#')) return undefined;
  let pathname = url.pathname;
  try {
    pathname = decodeURIComponent(pathname);
  } catch {
    // A malformed escape is kept as written: it matches no page and is reported as it stands.
  }
  return pathname.endsWith('/') || /\.[a-z]+$/i.test(pathname) ? pathname : `${pathname}/`;
}
