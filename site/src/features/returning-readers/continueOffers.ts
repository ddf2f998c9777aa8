import { paths, type Snapshot } from '@infohub/content-schemas';
import { pickLocalized } from '~/i18n/localized.ts';
import type { PageContext } from '~/i18n/pageContext.ts';

/** What the home page offers a returning reader for one remembered country and language, in words of one language. */
export interface ContinueOffer {
  href: string;
  text: string;
  note: string;
  forget: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** The key a remembered choice is stored under, and its offer found by: `{lang}/{country}`. */
export function choiceKey(lang: string, country: string): string {
  return `${lang}/${country}`;
}

/**
 * One offer for every country in every language it publishes in: a choice remembered from an older build that no
 * longer exists finds no offer and is not shown. `speak` gives the context whose words an offer uses: the page's
 * own language on a language home, the chosen language on the root, which has none of its own.
 */
export function continueOffers(snapshot: Snapshot, speak: (lang: string) => PageContext): Record<string, ContinueOffer> {
  const entries = snapshot.countries.flatMap((country) =>
    country.locales.map((lang) => {
      const ctx = speak(lang);
      const offer: ContinueOffer = {
        href: paths.country(lang, country.slug),
        text: ctx.t('home.continue', { country: pickLocalized(country.name, ctx.reading).value, language: ctx.languageName(lang) }),
        note: ctx.t('home.remembered'),
        forget: ctx.t('home.forget'),
        lang: ctx.locale.code,
        dir: ctx.locale.dir,
      };
      return [choiceKey(lang, country.slug), offer] as const;
    }),
  );
  return Object.fromEntries(entries);
}
