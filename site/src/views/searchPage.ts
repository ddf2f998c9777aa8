import { paths, type SnapshotCountry } from '@infohub/content-schemas';
import { pickLocalized } from '~/i18n/localized.ts';
import type { PageContext } from '~/i18n/pageContext.ts';
import { topicsOf } from '~/snapshot/queries.ts';

/** What a country's search page offers: its topics to browse, and the names the results script shows. */
export function searchPageView(country: SnapshotCountry, ctx: PageContext) {
  const { picker, reading, snapshot } = ctx;
  const lang = ctx.locale.code;
  return {
    // Browsing needs no JavaScript: topics, services and hubs lead to every page the search would find.
    topics: topicsOf(snapshot, country.slug).map((topic) => ({
      href: paths.topic(lang, country.slug, topic.slug),
      slug: topic.slug,
      title: picker.pick(topic.title),
    })),
    // Names only, for the results the script draws; they do not count as parts of this page shown in another language.
    topicNames: Object.fromEntries(snapshot.topics.map((topic) => [topic.slug, pickLocalized(topic.title, reading).value])),
    countriesInLanguage: snapshot.countries
      .filter((candidate) => candidate.locales.includes(lang))
      .map((candidate) => ({ slug: candidate.slug, name: pickLocalized(candidate.name, reading).value })),
  };
}
