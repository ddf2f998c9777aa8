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
