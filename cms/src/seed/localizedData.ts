import { defaultLocale, localeCodes } from '@infohub/content-schemas';
import type { FlattenedField } from 'payload';
import { hasContent } from '../utilities/hasContent.ts';
import { isRecord } from '../utilities/isRecord.ts';

/**
 * A document to seed, shaped as Payload stores it except that every localized value holds all its languages
 * (`{ es: …, en: … }`), as in the snapshot. Payload saves one language at a time: these helpers split it.
 */
export type LocalizedData = Record<string, unknown>;

/** The languages the document has any text in, Spanish first: the order in which they must be saved. */
export function localesIn(fields: FlattenedField[], data: LocalizedData): string[] {
  const found = new Set<string>();
  collectLocales(fields, data, found);
  return [defaultLocale, ...localeCodes.filter((locale) => locale !== defaultLocale && found.has(locale))];
}

/**
 * The document's values for one language. `saved` is the document as first created: its array rows' ids tie each
 * translated row to the row it translates (without them Payload would replace the rows and lose the Spanish).
 */
export function valuesFor(fields: FlattenedField[], data: LocalizedData, locale: string, saved?: LocalizedData): LocalizedData {
  const values: LocalizedData = {};
  for (const field of fields) {
    if (!(field.name in data)) continue;
    const value = data[field.name];
    if ('localized' in field && field.localized) {
      const translation = isRecord(value) ? value[locale] : undefined;
      if (translation !== undefined) values[field.name] = translation;
    } else if (field.type === 'array' && Array.isArray(value)) {
      const savedRows = Array.isArray(saved?.[field.name]) ? (saved[field.name] as LocalizedData[]) : [];
      values[field.name] = value.map((row: LocalizedData, index) => {
        const savedRow = savedRows[index];
        return { ...valuesFor(field.flattenedFields, row, locale, savedRow), ...(savedRow ? { id: savedRow.id } : {}) };
      });
    } else if (field.type === 'group' && isRecord(value)) {
      const savedGroup = saved?.[field.name];
      values[field.name] = valuesFor(field.flattenedFields, value, locale, isRecord(savedGroup) ? savedGroup : undefined);
    } else {
      values[field.name] = value;
    }
  }
  return values;
}

/**
 * What a translation's save must carry: the top-level fields that hold text in some language (localized fields,
 * and arrays or groups with localized fields inside, their rows tied to the saved ones by id) and the slug. The
 * rest was written and checked with the Spanish and stays as stored: sending it again would only check it again
 * (a phone number's country is read on every check). The slug goes along because, missing, the slug hook would
 * read the stored Spanish title to make it again.
 */
export function translationFor(fields: FlattenedField[], data: LocalizedData, locale: string, saved: LocalizedData): LocalizedData {
  const carried = fields.filter((field) => field.name === 'slug' || holdsLocalizedText(field));
  return valuesFor(carried, data, locale, saved);
}

function holdsLocalizedText(field: FlattenedField): boolean {
  if ('localized' in field && field.localized) return true;
  if (field.type === 'array' || field.type === 'group') return field.flattenedFields.some(holdsLocalizedText);
  return false;
}

function collectLocales(fields: FlattenedField[], data: LocalizedData, found: Set<string>): void {
  for (const field of fields) {
    const value = data[field.name];
    if ('localized' in field && field.localized && isRecord(value)) {
      for (const [locale, translation] of Object.entries(value)) if (hasContent(translation)) found.add(locale);
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const row of value) if (isRecord(row)) collectLocales(field.flattenedFields, row, found);
    } else if (field.type === 'group' && isRecord(value)) {
      collectLocales(field.flattenedFields, value, found);
    }
  }
}
