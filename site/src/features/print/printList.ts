import { paths, type SnapshotCountry } from '@infohub/content-schemas';
import { sortedHubs } from '~/features/directory/routes.ts';
import { type LocalizedValue, langIfFallback } from '~/i18n/localized.ts';
import type { PageContext } from '~/i18n/pageContext.ts';
import { guidesOf, topicsOf } from '~/snapshot/queries.ts';

/** One sheet to print: its page, its PDF, and its title with the `lang` it needs when it fell back. */
export interface SheetLink {
  sheet: string;
  pdf: string;
  title: string;
  lang: string | undefined;
}

const sheetLink = (sheet: string, title: LocalizedValue<string>): SheetLink => ({
  sheet,
  pdf: paths.sheetPdf(sheet),
  title: title.value,
  lang: langIfFallback(title),
});

/** What hub staff can print for one country in one language, by kind of sheet; kinds with no sheet are left out. */
export function printListView(country: SnapshotCountry, countryName: string, ctx: PageContext) {
  const { t, picker, snapshot } = ctx;
  const lang = ctx.locale.code;
  // Guides in the order of their topics, as the country's home lists them.
  const topicOrder = topicsOf(snapshot, country.slug).map((topic) => topic.slug);
  const guides = guidesOf(snapshot, country.slug)
    .sort((a, b) => topicOrder.indexOf(a.topic) - topicOrder.indexOf(b.topic))
    .map((guide) => sheetLink(paths.guideSheet(lang, country.slug, guide.slug), picker.pick(guide.title)));
  const hubs = sortedHubs(snapshot, country.slug).map((hub) =>
    sheetLink(paths.hubSheet(lang, country.slug, hub.slug), picker.pick(hub.name)),
  );
  const directory = sheetLink(paths.servicesSheet(lang, country.slug), {
    value: t('print.directoryTitle', { country: countryName }),
    lang,
    isFallback: false,
  });
  return [
    { id: 'print-guides', heading: t('print.guides'), sheets: guides },
    { id: 'print-directory', heading: t('print.directory'), sheets: [directory] },
    { id: 'print-hubs', heading: t('print.hubs'), sheets: hubs },
  ].filter((section) => section.sheets.length > 0);
}
