import type { Snapshot, SnapshotLocale } from '@infohub/content-schemas';
import { localeByCode } from '../content/queries.ts';
import { formatDate } from '../format/dates.ts';
import { languageName } from '../format/languageNames.ts';
import { createPagePicker, type PagePicker, type Reading } from './localized.ts';
import { createTranslator, getUiStrings, type Translate } from './strings.ts';

/** What every component needs to speak the reader's language on one page. */
export interface PageContext {
  locale: SnapshotLocale;
  reading: Reading;
  /** The tag Intl formats with; see "intl.locale" in the strings files. */
  intlLocale: string;
  t: Translate;
  picker: PagePicker;
  formatDate(isoDateTime: string): string;
  languageName(code: string): string;
  collator: Intl.Collator;
  snapshot: Snapshot;
}

export function createPageContext(snapshot: Snapshot, localeCode: string): PageContext {
  const locale = localeByCode(snapshot, localeCode);
  const intlLocale = getUiStrings(locale.code)['intl.locale'];
  const reading = { locale: locale.code, defaultLocale: snapshot.defaultLocale };
  return {
    locale,
    reading,
    intlLocale,
    t: createTranslator(locale.code),
    picker: createPagePicker(reading),
    formatDate: (isoDateTime) => formatDate(isoDateTime, intlLocale),
    languageName: (code) => languageName(code, intlLocale, snapshot.locales),
    collator: new Intl.Collator(intlLocale),
    snapshot,
  };
}
