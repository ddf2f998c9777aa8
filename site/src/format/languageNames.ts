import { type SnapshotLocale, spokenLanguages } from '@infohub/content-schemas';

/**
 * A language's name as a reader of `intlLocale` says it ("inglés" for Spanish readers). Where the runtime has no
 * name for it (Mam, Garifuna) or no names at all in the reader's language (Haitian Creole), the language's own name
 * is the honest choice.
 */
export function languageName(code: string, intlLocale: string, locales: readonly SnapshotLocale[]): string {
  const ownName =
    locales.find((locale) => locale.code === code)?.label ?? spokenLanguages.find((language) => language.code === code)?.name ?? code;
  if (Intl.DisplayNames.supportedLocalesOf([intlLocale]).length === 0) return ownName;
  return new Intl.DisplayNames([intlLocale], { type: 'language', fallback: 'none' }).of(code) ?? ownName;
}
