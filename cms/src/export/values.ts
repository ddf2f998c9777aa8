import { type Localized, localeCodes } from '@infohub/content-schemas';
import { isRecord } from '../utilities/isRecord.ts';
import type { RawDocument } from './contentSource.ts';

/**
 * Readers of raw documents. The snapshot says "absent" with a missing key, never with null or an empty string,
 * and a localized value holds only the languages that have text, so the site can tell a translation is missing.
 * Shapes are not checked here: the whole snapshot is validated once it is assembled.
 */
export function localizedText(value: unknown): Localized<string> | undefined {
  return localized(value, (text) => (typeof text === 'string' && text.trim() !== '' ? text : undefined));
}

export function localized<T>(value: unknown, read: (perLocale: unknown, locale: string) => T | undefined): Localized<T> | undefined {
  if (!isRecord(value)) return undefined;
  const entries: [string, T][] = [];
  for (const locale of localeCodes) {
    const result = read(value[locale], locale);
    if (result !== undefined) entries.push([locale, result]);
  }
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

export function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function rows(value: unknown): RawDocument[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}
