import { defaultLocale, localeCodes } from '@infohub/content-schemas';
import { adminText, label } from '@infohub/content-schemas/payload';
import type { CollectionBeforeChangeHook, CollectionConfig, Field } from 'payload';
import { storedInEveryLocale } from '../utilities/storedInEveryLocale.ts';
import { fingerprint } from './fingerprint.ts';
import { type SavingDocument, type TextEntry, textsIn } from './translatableText.ts';
import { assumedMarkers, nextMarkers, readMarkers } from './translationMarkers.ts';

export const translationStatusField = 'translationStatus';
export const minorEditField = 'minorEdit';

/** Set in a Local API call's `context` to store these markers as they are (an import rolling back its writes). */
export const restoreMarkersContext = 'restoreTranslationMarkers';

/**
 * Set in a Local API call's `context` when a translator's file is imported: the translations it writes were made
 * against the current Spanish (the import checked that), so they are up to date even where the text is unchanged.
 */
export const confirmedTranslationContext = 'translationConfirmed';

const translatedLocales = localeCodes.filter((code) => code !== defaultLocale);

/**
 * Adds translation tracking to a collection: the markers (kept by the hook, never by editors), the sidebar's
 * "minor edit" box (not stored: it applies to the save it comes with) and the hook that keeps the markers.
 */
export function withTranslationTracking(config: CollectionConfig): CollectionConfig {
  return {
    ...config,
    fields: [...config.fields, ...translationFields],
    hooks: { ...config.hooks, beforeChange: [...(config.hooks?.beforeChange ?? []), trackTranslations] },
  };
}

const translationFields: Field[] = [
  {
    name: minorEditField,
    type: 'checkbox',
    virtual: true,
    label: label(
      'Minor edit: translations stay up to date',
      'Cambio menor: las traducciones siguen al día',
      'Modification mineure : les traductions restent à jour',
    ),
    admin: {
      position: 'sidebar',
      // Payload makes virtual fields read-only in the admin unless told otherwise; this one is for editors to tick.
      readOnly: false,
      description: adminText(
        'Tick when saving a Spanish correction that does not change the meaning (a typo, punctuation). Applies to this save only.',
        'Marque al guardar una corrección en español que no cambia el sentido (una errata, la puntuación). Vale solo para este guardado.',
        'Cochez en enregistrant une correction en espagnol qui ne change pas le sens (une coquille, la ponctuation). Vaut pour cet enregistrement seulement.',
      ),
    },
  },
  {
    name: translationStatusField,
    type: 'json',
    label: label('Translations', 'Traducciones', 'Traductions'),
    admin: {
      position: 'sidebar',
      readOnly: true,
      components: {
        Field: '/translations/admin/TranslationStatusField.tsx#TranslationStatusField',
        Cell: '/translations/admin/TranslationStatusCell.tsx#TranslationStatusCell',
      },
    },
  },
];

/**
 * Keeps the markers from which each translation's state (missing, up to date, outdated) is computed. It reads the
 * stored document in every language and applies the save in progress to it, so it sees exactly what changes,
 * whichever language is saved and whichever fields the save carries. Incoming marker values are always replaced:
 * only this hook writes them.
 */
export const trackTranslations: CollectionBeforeChangeHook = async ({ collection, context, data, originalDoc, req }) => {
  const minorEdit = data[minorEditField] === true;
  delete data[minorEditField];
  const restored = readMarkers(context[restoreMarkersContext]);
  if (restored) {
    data[translationStatusField] = restored;
    return data;
  }
  const locale = req.locale;
  const storedMarkers = readMarkers(originalDoc?.[translationStatusField]);
  if (!locale || locale === 'all') {
    data[translationStatusField] = storedMarkers ?? null;
    return data;
  }

  const stored = await storedInEveryLocale(req, collection.slug, originalDoc);
  const fields = collection.fields;
  const before: SavingDocument = { stored };
  const after: SavingDocument = { stored, incoming: { locale, data } };
  const now = new Date().toISOString();
  const spanishAfter = textsIn(fields, after, defaultLocale);
  const sourceHash = fingerprint(spanishAfter);

  let previous = readMarkers(stored?.[translationStatusField]);
  if (!previous && stored) {
    const spanishBefore = textsIn(fields, before, defaultLocale);
    previous = assumedMarkers(
      { hash: fingerprint(spanishBefore), changedAt: String(stored.updatedAt ?? now), fields: spanishBefore.length },
      translatedFieldCounts(fields, before, spanishBefore),
    );
  }
  previous ??= { source: { hash: sourceHash, changedAt: now, fields: spanishAfter.length }, locales: {} };
  const savedTextChanged = !stored || fingerprint(textsIn(fields, before, locale)) !== fingerprint(textsIn(fields, after, locale));

  data[translationStatusField] = nextMarkers(previous, {
    locale,
    now,
    sourceHash,
    sourceFields: spanishAfter.length,
    savedTextChanged,
    translatedFields: translatedFieldCounts(fields, after, spanishAfter),
    minorEdit: locale === defaultLocale && minorEdit,
  });
  return data;
};

/**
 * For each translated language, how many of the fields that have Spanish text it has text for: a row's field counts
 * once per row, so a guide with four steps has four step titles to translate.
 */
function translatedFieldCounts(fields: Field[], document: SavingDocument, spanish: readonly TextEntry[]): Record<string, number> {
  const spanishPaths = new Set(spanish.map((entry) => entry.path));
  return Object.fromEntries(
    translatedLocales.map((code) => [code, textsIn(fields, document, code).filter((entry) => spanishPaths.has(entry.path)).length]),
  );
}
