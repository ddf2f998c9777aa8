/**
 * The languages the admin speaks to editors: Spanish first (most editors), English, French. Every string infohub
 * adds to the admin exists in each of them; a missing one is a type error, not a fallback seen by an editor.
 */
export const adminLanguages = ['es', 'en', 'fr'] as const;

export type AdminLanguage = (typeof adminLanguages)[number];

/** Scripts and API clients that ask for no language get English, the language of infohub's own error messages. */
export const fallbackAdminLanguage: AdminLanguage = 'en';

export function adminLanguage(language: string | undefined): AdminLanguage {
  return adminLanguages.find((candidate) => candidate === language) ?? fallbackAdminLanguage;
}

/**
 * One feature's strings in every admin language. The English object sets the shape; Spanish and French must have
 * exactly its keys (functions included, for strings that take values).
 */
export function defineStrings<Shape>(strings: { en: Shape } & Record<Exclude<AdminLanguage, 'en'>, NoInfer<Shape>>) {
  return (language: string | undefined): Shape => strings[adminLanguage(language)];
}
