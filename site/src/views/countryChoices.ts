import { pickLocalized } from '~/i18n/localized.ts';
import type { PageContext } from '~/i18n/pageContext.ts';
import { countryLocales } from '~/snapshot/queries.ts';

/**
 * The countries a language's home offers, in the reader's alphabetical order. A country not published in the
 * reader's language is still listed, with links to the languages it has.
 */
export function countryChoices(ctx: PageContext) {
  const { snapshot, reading, locale } = ctx;
  return snapshot.countries
    .map((country) => ({
      slug: country.slug,
      name: pickLocalized(country.name, reading),
      inReaderLanguage: country.locales.includes(locale.code),
      languages: countryLocales(snapshot, country),
    }))
    .sort((a, b) => ctx.collator.compare(a.name.value, b.name.value));
}
