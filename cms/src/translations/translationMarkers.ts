import { isRecord } from '../utilities/isRecord.ts';

/**
 * Kept free of Node modules: the admin's components read markers in the browser.
 *
 * What the CMS remembers about a document's translations, kept by hooks in the `translationStatus` field:
 * a fingerprint of the Spanish text and when it last changed, and for each other language whether it has text and
 * which Spanish fingerprint it was written against. A translation is outdated when that fingerprint is no longer
 * the current one.
 */
export interface TranslationMarkers {
  /** `fields`: how many localized fields have Spanish text (rows' fields included); absent in older markers. */
  source: { hash: string; changedAt: string; fields?: number | undefined };
  locales: Record<string, LocaleMarker>;
}

export interface LocaleMarker {
  hasText: boolean;
  /** How many of the fields with Spanish text this language has text for; absent in older markers. */
  translatedFields?: number | undefined;
  /** The Spanish fingerprint when this language was last saved with changed text. */
  against?: string | undefined;
  savedAt?: string | undefined;
}

export const translationStates = ['missing', 'partial', 'upToDate', 'outdated'] as const;
export type TranslationState = (typeof translationStates)[number];

/**
 * A translation with some of the Spanish fields still empty is partial, whatever Spanish it was written against:
 * what the translator has to do first is fill them in.
 */
export function stateOf(markers: TranslationMarkers, locale: string): TranslationState {
  const marker = markers.locales[locale];
  if (!marker?.hasText) return 'missing';
  const progress = progressOf(markers, locale);
  if (progress && progress.translated < progress.of) return 'partial';
  return writtenAgainstOlderSpanish(markers, locale) ? 'outdated' : 'upToDate';
}

/** How many of the fields with Spanish text a language has filled in, when the markers count them. */
export function progressOf(markers: TranslationMarkers, locale: string): { translated: number; of: number } | undefined {
  const of = markers.source.fields;
  const translated = markers.locales[locale]?.translatedFields;
  return of === undefined || translated === undefined ? undefined : { translated, of };
}

function writtenAgainstOlderSpanish(markers: TranslationMarkers, locale: string): boolean {
  const marker = markers.locales[locale];
  return marker?.hasText === true && marker.against !== markers.source.hash;
}

/** The languages whose translation, complete or not, was written against older Spanish text (readers are told). */
export function outdatedLocales(markers: TranslationMarkers): string[] {
  return Object.keys(markers.locales).filter((locale) => writtenAgainstOlderSpanish(markers, locale));
}

/** Reads stored markers; anything else (a document saved before translations were tracked) gives undefined. */
export function readMarkers(value: unknown): TranslationMarkers | undefined {
  if (!isRecord(value) || !isRecord(value.source) || !isRecord(value.locales)) return undefined;
  const { hash, changedAt, fields } = value.source;
  if (typeof hash !== 'string' || typeof changedAt !== 'string') return undefined;
  const locales: Record<string, LocaleMarker> = {};
  for (const [locale, marker] of Object.entries(value.locales)) {
    if (!isRecord(marker)) continue;
    locales[locale] = {
      hasText: marker.hasText === true,
      translatedFields: count(marker.translatedFields),
      against: typeof marker.against === 'string' ? marker.against : undefined,
      savedAt: typeof marker.savedAt === 'string' ? marker.savedAt : undefined,
    };
  }
  return { source: { hash, changedAt, fields: count(fields) }, locales };
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

export interface SaveFacts {
  /** The language being saved. */
  locale: string;
  now: string;
  /** Spanish fingerprint after the save. */
  sourceHash: string;
  /** How many localized fields have Spanish text after the save. */
  sourceFields: number;
  /** Whether the saved language's own text changed (or the document is new). */
  savedTextChanged: boolean;
  /** How many of those fields each other language has text for after the save. */
  translatedFields: Record<string, number>;
  /** The editor said this Spanish change does not call for new translations (a typo, say). */
  minorEdit: boolean;
}

/**
 * The markers after one save. A Spanish change makes every translation outdated, unless it is a minor edit, which
 * carries the translations that were up to date over to the new text. Saving a translation with changed text
 * makes it up to date with the current Spanish. A save that changes no localized text (marking a document
 * reviewed, changing its phone numbers) leaves every state as it was.
 */
export function nextMarkers(previous: TranslationMarkers, facts: SaveFacts): TranslationMarkers {
  const locales: Record<string, LocaleMarker> = {};
  const sourceChanged = facts.sourceHash !== previous.source.hash;
  for (const [locale, translatedFields] of Object.entries(facts.translatedFields)) {
    const before = previous.locales[locale];
    let against = before?.against;
    let savedAt = before?.savedAt;
    if (sourceChanged && facts.minorEdit && against === previous.source.hash) against = facts.sourceHash;
    if (locale === facts.locale && facts.savedTextChanged) {
      against = facts.sourceHash;
      savedAt = facts.now;
    }
    locales[locale] = {
      hasText: translatedFields > 0,
      translatedFields,
      ...(against !== undefined ? { against } : {}),
      ...(savedAt !== undefined ? { savedAt } : {}),
    };
  }
  const source =
    sourceChanged && !facts.minorEdit
      ? { hash: facts.sourceHash, changedAt: facts.now, fields: facts.sourceFields }
      : { hash: facts.sourceHash, changedAt: previous.source.changedAt, fields: facts.sourceFields };
  return { source, locales };
}

/**
 * Markers for a document saved before translations were tracked: its translations are taken as up to date with
 * the Spanish as stored, since nothing says otherwise, and the Spanish as last changed when the document was.
 */
export function assumedMarkers(
  source: { hash: string; changedAt: string; fields: number },
  translatedFields: Record<string, number>,
): TranslationMarkers {
  return {
    source,
    locales: Object.fromEntries(
      Object.entries(translatedFields).map(([locale, translated]) => [
        locale,
        translated > 0 ? { hasText: true, translatedFields: translated, against: source.hash } : { hasText: false, translatedFields: 0 },
      ]),
    ),
  };
}
