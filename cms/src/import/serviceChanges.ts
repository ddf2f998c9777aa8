import { defaultLocale } from '@infohub/content-schemas';
import { isRecord } from '../utilities/isRecord.ts';
import type { ServiceRecord } from './serviceRecord.ts';

type Values = Record<string, unknown>;

/** One Local API save: the language it is made in, and the fields it writes. */
export interface LocaleWrite {
  locale: string;
  data: Values;
}

/**
 * The saves that bring a stored service (read in every language, `locale: 'all'`) to what the record says, Spanish
 * first (a new service is created in Spanish, then translated): only fields the record has and whose value differs.
 * None when the record says what is stored, which is what makes a second import of the same file change nothing.
 */
export function changedData(record: ServiceRecord, stored: Values | undefined): LocaleWrite[] {
  const locales = [defaultLocale, ...Object.keys(record.text).filter((locale) => locale !== defaultLocale)];
  const writes: LocaleWrite[] = [];
  for (const locale of locales) {
    const data: Values = {};
    if (locale === defaultLocale) {
      for (const [field, value] of Object.entries(record.fields)) {
        // Nothing to write for a new service; and an empty slug is the one made from the Spanish name, kept.
        if ((!stored || field === 'slug') && comparable(field, value) === null) continue;
        if (!stored || !sameValue(field, value, stored[field])) data[field] = writtenValue(field, value, stored?.[field]);
      }
    }
    for (const [field, value] of Object.entries(record.text[locale] ?? {})) {
      const storedText = isRecord(stored?.[field]) ? (stored[field] as Values)[locale] : undefined;
      if (!stored ? value !== null : !sameValue(field, value, storedText)) data[field] = value;
    }
    const creating = !stored && locale === defaultLocale;
    if (creating || Object.keys(data).length > 0) writes.push({ locale, data });
  }
  return writes;
}

function sameValue(field: string, incoming: unknown, stored: unknown): boolean {
  return JSON.stringify(comparable(field, incoming)) === JSON.stringify(comparable(field, stored));
}

/** What a value means for the reader: empty is empty (null, '', [] alike), phones are their numbers and types. */
function comparable(field: string, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null;
  if (Array.isArray(value) && value.length === 0) return null;
  if (field === 'phones' && Array.isArray(value)) {
    return value.map((phone) => (isRecord(phone) ? { number: phone.number ?? null, type: phone.type ?? null } : phone));
  }
  if (typeof value === 'string') return value.trim();
  return value;
}

/**
 * Phones keep their stored row (its id and labels in every language) where the number in that position is the
 * same, so re-importing a directory does not drop the labels editors wrote.
 */
function writtenValue(field: string, value: unknown, stored: unknown): unknown {
  if (field !== 'phones' || !Array.isArray(value) || !Array.isArray(stored)) return value;
  return value.map((phone: Values, index) => {
    const before: unknown = stored[index];
    if (!isRecord(before) || before.number !== phone.number) return phone;
    const label = isRecord(before.label) ? before.label[defaultLocale] : before.label;
    return { ...phone, id: before.id, ...(label ? { label } : {}) };
  });
}
