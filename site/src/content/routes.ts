import type { Snapshot } from '@infohub/content-schemas';
import { guidesOf, topicsOf } from './queries.ts';

/**
 * The pages to build, as Astro's getStaticPaths wants them: a country's pages exist in each language the country
 * publishes in, with the same slugs in every language so the language switcher keeps the reader on the page.
 */

export function homeRoutes(snapshot: Snapshot) {
  return snapshot.locales.map((locale) => ({ params: { lang: locale.code } }));
}

export function countryRoutes(snapshot: Snapshot) {
  return snapshot.countries.flatMap((country) =>
    country.locales.map((lang) => ({ params: { lang, country: country.slug }, props: { country } })),
  );
}

export function topicRoutes(snapshot: Snapshot) {
  return countryRoutes(snapshot).flatMap(({ params, props }) =>
    topicsOf(snapshot, props.country.slug).map((topic) => ({ params: { ...params, topic: topic.slug }, props: { ...props, topic } })),
  );
}

export function guideRoutes(snapshot: Snapshot) {
  return countryRoutes(snapshot).flatMap(({ params, props }) =>
    guidesOf(snapshot, props.country.slug).map((guide) => ({ params: { ...params, slug: guide.slug }, props: { ...props, guide } })),
  );
}
