import type { Snapshot } from '@infohub/content-schemas';
import { guidesOf, topicsOf } from './queries.ts';
import { countryShardsToRender, rendersSiteShard, shardContent, shardCountry } from './shards.ts';
import { loadSnapshot } from './snapshot.ts';

/**
 * The pages to build, as Astro's getStaticPaths wants them: a country's pages exist in each language the country
 * publishes in, with the same slugs in every language so the language switcher keeps the reader on the page. Only
 * the shards this build renders have routes, and a country's routes carry their shard's content (`content`), which
 * is all their pages read; a page of one document carries that document only, as it reads its page content
 * (`documentPages.ts`). Each reads the build's snapshot unless given one (as unit tests do), so a page's
 * getStaticPaths is one call.
 */

/** Pages of the site-wide shard that exist once per language. */
export function homeRoutes(snapshot: Snapshot = loadSnapshot()) {
  return rendersSiteShard(snapshot) ? snapshot.locales.map((locale) => ({ params: { lang: locale.code } })) : [];
}

export function countryRoutes(snapshot: Snapshot = loadSnapshot()) {
  return countryShardsToRender(snapshot).map((shard) => ({
    params: { lang: shard.lang, country: shard.country },
    props: { country: shardCountry(snapshot, shard), content: shardContent(snapshot, shard) },
  }));
}

export function topicRoutes(snapshot: Snapshot = loadSnapshot()) {
  return countryRoutes(snapshot).flatMap(({ params, props }) =>
    topicsOf(props.content, props.country.slug).map((topic) => ({ params: { ...params, topic: topic.slug }, props: { ...props, topic } })),
  );
}

export function guideRoutes(snapshot: Snapshot = loadSnapshot()) {
  return countryRoutes(snapshot).flatMap(({ params, props }) =>
    guidesOf(props.content, props.country.slug).map((guide) => ({
      params: { ...params, slug: guide.slug },
      props: { country: props.country, guide },
    })),
  );
}
