import { type SnapshotLocale, spokenLanguages } from '@infohub/content-schemas';
import { isUiStringKey, type UiStrings } from '~/i18n/strings.ts';

/**
 * A language's name as readers of the page say it ("inglés" on a Spanish page, "anglè" on a Kreyòl one), from the
 * page's strings file. A language the strings files do not name (one a test snapshot adds, say) gets its own name,
 * which its speakers at least recognise.
 */
export function languageName(code: string, strings: UiStrings, locales: readonly SnapshotLocale[]): string {
  const key = `language.${code}`;
  if (isUiStringKey(key)) return strings[key];
  return locales.find((locale) => locale.code === code)?.label ?? spokenLanguages.find((language) => language.code === code)?.name ?? code;
}
