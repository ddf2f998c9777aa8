import type { LabelFunction } from 'payload';

/** The admin's languages (the CMS's `adminLanguages`); English is what a label falls back to. */
export type AdminText = { en: string; es: string; fr: string };

/**
 * Words in each admin language, as Payload's static label object: for the places Payload reads such an object in
 * the editor's language itself (field descriptions, navigation groups).
 */
export const adminText = (en: string, es: string, fr: string): AdminText => ({ en, es, fr });

/**
 * A label as a function of the admin language. Payload resolves a label function into a plain string when it builds
 * the admin's configuration for a language, so every component gets a string: some of Payload's components put a
 * label object straight into a sentence ("Ordenar por [object Object]" on list columns, the dashboard's "create new"
 * buttons), which a label object would break.
 */
export const label = (en: string, es: string, fr: string): LabelFunction => labelFrom(adminText(en, es, fr));

export function labelFrom(text: AdminText): LabelFunction {
  return ({ i18n }) => text[i18n.language as keyof AdminText] ?? text.en;
}

/** Select options for a vocabulary, labelled for editors; values without labels (language codes) show as they are. */
export const selectOptions = <T extends string>(values: readonly T[], labels?: Record<T, LabelFunction>) =>
  values.map((value) => ({ label: labels?.[value] ?? value, value }));
