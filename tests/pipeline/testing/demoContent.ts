import { demoContent } from '@infohub/cms/demo-content';
import type { DemoGuide } from '@infohub/cms/demo-content/types';
import type { SnapshotCountry } from '@infohub/content-schemas';

// What the seed gave the CMS, read from the CMS's own demo content: drafts never reach the snapshot, so the
// snapshot cannot say which documents must stay hidden.

export interface CountryGuide {
  country: SnapshotCountry;
  guide: DemoGuide;
}

export const demoCountries: SnapshotCountry[] = demoContent.countries.map((content) => content.country);
const publishedGuides: CountryGuide[] = demoContent.countries.flatMap(({ country, guides }) => guides.map((guide) => ({ country, guide })));
export const draftGuides: CountryGuide[] = demoContent.countries.flatMap(({ country, draftGuides }) =>
  draftGuides.map((guide) => ({ country, guide })),
);

/** The first published guide that fits, or an error saying the demo content no longer has one. */
export function publishedGuide(description: string, fits: (entry: CountryGuide) => boolean): CountryGuide {
  const found = publishedGuides.find(fits);
  if (!found) throw new Error(`The demo content has no published guide that is ${description}.`);
  return found;
}

/** Lower case without accents, as a search compares words. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
// Six letters or more: words such as "para" or "tus" are in every guide and show nothing.
const longWords = (text: string) => (text.match(/\p{L}+/gu) ?? []).filter((word) => word.length >= 6);

/** A published guide whose Spanish title shares a word with the (different) title of a guide in another country. */
export function guidesSharingATitleWord(): { guide: CountryGuide; other: CountryGuide; word: string } {
  for (const guide of publishedGuides) {
    for (const word of longWords(guide.guide.title.es ?? '')) {
      const other = publishedGuides.find(
        (candidate) =>
          candidate.country.slug !== guide.country.slug &&
          candidate.guide.title.es !== guide.guide.title.es &&
          longWords(candidate.guide.title.es ?? '').some((w) => fold(w) === fold(word)),
      );
      if (other) return { guide, other, word };
    }
  }
  throw new Error('No two countries of the demo content have guides whose Spanish titles share a word.');
}
