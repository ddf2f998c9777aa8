import type { SnapshotLocale } from '@infohub/content-schemas';

/**
 * A language's name as a reader of `intlLocale` says it ("inglés" for Spanish readers). Where the runtime has no
 * names for the reader's language, the language's own name from the snapshot ("English") is the honest choice.
 */
export function languageName(code: string, intlLocale: string, locales: readonly SnapshotLocale[]): string {
  const ownName = locales.find((locale) => locale.code === code)?.label ?? code;
  if (Intl.DisplayNames.supportedLocalesOf([intlLocale]).length === 0) return ownName;
  return new Intl.DisplayNames([intlLocale], { type: 'language', fallback: 'none' }).of(code) ?? ownName;
}
