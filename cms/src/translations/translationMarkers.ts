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
  source: { hash: string; changedAt: string };
  locales: Record<string, LocaleMarker>;
}

export interface LocaleMarker {
  hasText: boolean;
  /** The Spanish fingerprint when this language was last saved with changed text. */
  against?: string | undefined;
  savedAt?: string | undefined;
}

export const translationStates = ['missing', 'upToDate', 'outdated'] as const;
export type TranslationState = (typeof translationStates)[number];

export function stateOf(markers: TranslationMarkers, locale: string): TranslationState {
  const marker = markers.locales[locale];
  if (!marker?.hasText) return 'missing';
  return marker.against === markers.source.hash ? 'upToDate' : 'outdated';
}

/** The languages whose translation was written against older Spanish text. */
export function outdatedLocales(markers: TranslationMarkers): string[] {
  return Object.keys(markers.locales).filter((locale) => stateOf(markers, locale) === 'outdated');
}

/** Reads stored markers; anything else (a document saved before translations were tracked) gives undefined. */
export function readMarkers(value: unknown): TranslationMarkers | undefined {
  if (!isRecord(value) || !isRecord(value.source) || !isRecord(value.locales)) return undefined;
  const { hash, changedAt } = value.source;
  if (typeof hash !== 'string' || typeof changedAt !== 'string') return undefined;
  const locales: Record<string, LocaleMarker> = {};
  for (const [locale, marker] of Object.entries(value.locales)) {
    if (!isRecord(marker)) continue;
    locales[locale] = {
      hasText: marker.hasText === true,
      against: typeof marker.against === 'string' ? marker.against : undefined,
      savedAt: typeof marker.savedAt === 'string' ? marker.savedAt : undefined,
    };
  }
  return { source: { hash, changedAt }, locales };
}

export interface SaveFacts {
  /** The language being saved. */
  locale: string;
  now: string;
  /** Spanish fingerprint after the save. */
  sourceHash: string;
  /** Whether the saved language's own text changed (or the document is new). */
  savedTextChanged: boolean;
  /** Whether each other language has text after the save. */
  hasText: Record<string, boolean>;
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
  for (const [locale, hasText] of Object.entries(facts.hasText)) {
    const before = previous.locales[locale];
    let against = before?.against;
    let savedAt = before?.savedAt;
    if (sourceChanged && facts.minorEdit && against === previous.source.hash) against = facts.sourceHash;
    if (locale === facts.locale && facts.savedTextChanged) {
      against = facts.sourceHash;
      savedAt = facts.now;
    }
    locales[locale] = { hasText, ...(against !== undefined ? { against } : {}), ...(savedAt !== undefined ? { savedAt } : {}) };
  }
  const source =
    sourceChanged && !facts.minorEdit
      ? { hash: facts.sourceHash, changedAt: facts.now }
      : { hash: facts.sourceHash, changedAt: previous.source.changedAt };
  return { source, locales };
}

/**
 * Markers for a document saved before translations were tracked: its translations are taken as up to date with
 * the Spanish as stored, since nothing says otherwise, and the Spanish as last changed when the document was.
 */
export function assumedMarkers(sourceHash: string, changedAt: string, hasText: Record<string, boolean>): TranslationMarkers {
  return {
    source: { hash: sourceHash, changedAt },
    locales: Object.fromEntries(
      Object.entries(hasText).map(([locale, text]) => [locale, text ? { hasText: true, against: sourceHash } : { hasText: false }]),
    ),
  };
}
