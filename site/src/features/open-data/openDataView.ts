import { paths, type SnapshotCountry } from '@infohub/content-schemas';
import { hsdsServiceId } from '@infohub/content-schemas/hsds';
import { type LocalizedValue, pickLocalized } from '~/i18n/localized.ts';
import type { PageContext } from '~/i18n/pageContext.ts';
import { hsdsFilesOf, openDataDate } from './hsdsFiles.ts';

/** The licence the hubs publish their directory's data under: reuse, also commercial, naming the source. */
export const dataLicence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

export interface OpenDataView {
  listHref: string;
  serviceCount: number;
  /** One full record to link, as an example of the `services/{id}.json` files. */
  example: { href: string; name: LocalizedValue<string> } | undefined;
  date: string | undefined;
  /** The same files in the country's other languages. */
  otherLanguages: { code: string; name: string; href: string }[];
}

export function openDataView(country: SnapshotCountry, ctx: PageContext): OpenDataView {
  const lang = ctx.locale.code;
  const { services } = hsdsFilesOf(ctx.snapshot, country.slug, lang);
  const [first] = services;
  // The record's name, as the page's other texts are picked: marked with its language when it fell back.
  const firstService = first && ctx.snapshot.services.find((service) => hsdsServiceId(service.country, service.slug) === first.id);
  const date = openDataDate(ctx.snapshot, country.slug);
  return {
    listHref: paths.hsdsServices(lang, country.slug),
    serviceCount: services.length,
    example: first &&
      firstService && { href: paths.hsdsService(lang, country.slug, first.id), name: pickLocalized(firstService.name, ctx.reading) },
    date: date === undefined ? undefined : ctx.formatDate(date),
    otherLanguages: country.locales
      .filter((code) => code !== lang)
      .map((code) => ({ code, name: ctx.languageName(code), href: paths.hsdsServices(code, country.slug) })),
  };
}
