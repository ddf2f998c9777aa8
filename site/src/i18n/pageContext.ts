import { rememberByText, type Snapshot, type SnapshotLocale } from '@infohub/content-schemas';
import { formatDate } from '~/format/dates.ts';
import { languageName } from '~/format/languageNames.ts';
import { localeByCode } from '~/snapshot/queries.ts';
import { calendarWords } from './calendarWords.ts';
import { createPagePicker, type PagePicker, type Reading } from './localized.ts';
import { createTranslator, getUiStrings, type Translate } from './strings.ts';

/** What every component needs to speak the reader's language on one page. */
export interface PageContext {
  locale: SnapshotLocale;
  reading: Reading;
  t: Translate;
  picker: PagePicker;
  formatDate(isoDateTime: string): string;
  languageName(code: string): string;
  /** Monday first, in the reader's language. */
  weekdayNames: readonly string[];
  collator: Intl.Collator;
  snapshot: Snapshot;
}

export function createPageContext(snapshot: Snapshot, localeCode: string): PageContext {
  const locale = localeByCode(snapshot, localeCode);
  const strings = getUiStrings(locale.code);
  const calendar = calendarWords(strings);
  const reading = { locale: locale.code, defaultLocale: snapshot.defaultLocale };
  return {
    locale,
    reading,
    t: createTranslator(locale.code),
    picker: createPagePicker(reading),
    formatDate: (isoDateTime) => formatDate(isoDateTime, calendar),
    languageName: (code) => languageName(code, strings, snapshot.locales),
    weekdayNames: calendar.weekdays,
    collator: collatorFor(locale.code),
    snapshot,
  };
}

/**
 * One collator per language for the whole build: making one is most of a page context's cost, and every page and
 * contact card makes a context. Where the runtime has no sort rules for the language (Haitian Creole), English's are
 * the plain Unicode order, rather than whatever language the build machine happens to be set to.
 */
const collatorFor = rememberByText((localeCode: string) => new Intl.Collator([localeCode, 'en']));
