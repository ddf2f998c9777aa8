import type { Snapshot } from '../snapshot/schema.ts';

/**
 * The unit the site is exported, built, indexed, printed and released in. A country shard is one country in one
 * language: its pages, search bundle, sheets and their PDFs, feed, offline list and sitemap, all under
 * `/{lang}/{country}/` and `pagefind/{lang}/{country}/`. The one site-wide shard holds the rest: the root, the
 * language homes, the site's own pages, 404, the search runtime, the service worker and manifest, the sitemap index.
 */
export type Shard = SiteShard | CountryShard;

export interface SiteShard {
  kind: 'site';
  id: typeof siteShardId;
}

export interface CountryShard {
  kind: 'country';
  /** `{lang}/{country}`, as the shard's folder in the site. */
  id: string;
  lang: string;
  country: string;
}

export const siteShardId = 'site';

export const siteShard: SiteShard = { kind: 'site', id: siteShardId };

export function countryShard(lang: string, country: string): CountryShard {
  return { kind: 'country', id: `${lang}/${country}`, lang, country };
}

/** The shard an id names: `site`, or `{lang}/{country}` with the segments the site's URLs use. */
export function parseShardId(id: string): Shard {
  if (id === siteShardId) return siteShard;
  const match = /^([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(id);
  if (!match?.[1] || !match[2]) throw new Error(`"${id}" is not a shard: use "site" or "{language}/{country}", such as "es/honduras".`);
  return countryShard(match[1], match[2]);
}

/** Every shard a snapshot makes: the site-wide one first, then each country in each language it publishes in. */
export function listShards(snapshot: Pick<Snapshot, 'countries'>): Shard[] {
  const countries = [...snapshot.countries].sort((a, b) => a.slug.localeCompare(b.slug));
  return [siteShard, ...countries.flatMap((country) => country.locales.map((lang) => countryShard(lang, country.slug)))];
}

/** The shard a page belongs to, from its route parameters (a page without a country is site-wide). */
export function shardOfPage(params: { lang?: string | undefined; country?: string | undefined }): Shard {
  return params.lang !== undefined && params.country !== undefined ? countryShard(params.lang, params.country) : siteShard;
}
