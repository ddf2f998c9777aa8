import { defaultLocale, localeCodes } from '@infohub/content-schemas';
import type { CollectionSlug, Payload } from 'payload';
import jsToXliff12 from 'xliff/jsToXliff12';
import xliff12ToJs, { type XliffDocument } from 'xliff/xliff12ToJs';
import { confirmedTranslationContext, restoreMarkersContext } from '../trackTranslations.ts';
import { type TranslationUnit, translationData, translationUnits } from './translationUnits.ts';

/** The collections whose text is translated, in the order a translator's file lists them. */
export const translatedCollections = ['countries', 'topics', 'guides', 'services', 'hubs', 'alerts'] as const;
type TranslatedCollection = (typeof translatedCollections)[number];

type Values = Record<string, unknown>;

/**
 * The Local API typed for data assembled at run time: Payload's generated types describe one collection and one
 * language at a time, while a translation file holds any collection and Payload validates what is written.
 */
interface UntypedLocalApi {
  find(options: Values): Promise<{ docs: Values[] }>;
  update(options: Values): Promise<Values>;
}
const untyped = (payload: Payload) => payload as unknown as UntypedLocalApi;

/**
 * Writes an XLIFF 1.2 file from Spanish into `locale`: one <file> per document, named `<collection>/<id>`, one
 * <trans-unit> per piece of text with the stored translation as its target (so a translator updates an outdated
 * one rather than starting again). Reads the latest version of each document, drafts included.
 */
export async function exportTranslations(payload: Payload, { locale, country }: { locale: string; country?: string | undefined }) {
  requireTranslatedLocale(locale);
  const documents = await documentsToTranslate(payload, country);
  const resources: XliffDocument['resources'] = {};
  let units = 0;
  for (const { collection, document } of documents) {
    const documentUnits = translationUnits(payload.collections[collection].config.fields, document, locale);
    if (documentUnits.length === 0) continue;
    resources[`${collection}/${String(document.id)}`] = Object.fromEntries(
      documentUnits.map((unit) => [
        unit.id,
        unit.target === undefined ? { source: unit.source } : { source: unit.source, target: unit.target },
      ]),
    );
    units += documentUnits.length;
  }
  const xml = await jsToXliff12({ sourceLanguage: defaultLocale, targetLanguage: locale, resources });
  return { xml, documents: Object.keys(resources).length, units };
}

function requireTranslatedLocale(locale: string): void {
  const translated = localeCodes.filter((code) => code !== defaultLocale);
  if (!translated.includes(locale as never)) throw new Error(`Cannot translate into "${locale}": choose one of ${translated.join(', ')}.`);
}

async function documentsToTranslate(payload: Payload, countrySlug: string | undefined) {
  const read = (collection: TranslatedCollection, where?: Values) =>
    untyped(payload)
      .find({
        collection,
        locale: 'all',
        depth: 0,
        draft: true,
        pagination: false,
        overrideAccess: true,
        sort: 'id',
        ...(where ? { where } : {}),
      })
      .then(({ docs }) => docs.map((document) => ({ collection, document })));
  if (countrySlug === undefined) return (await Promise.all(translatedCollections.map((collection) => read(collection)))).flat();
  const countries = await read('countries', { slug: { equals: countrySlug } });
  const country = countries[0];
  if (!country) throw new Error(`No country "${countrySlug}".`);
  const inCountry = { country: { equals: country.document.id } };
  const content = await Promise.all((['guides', 'services', 'hubs', 'alerts'] as const).map((collection) => read(collection, inCountry)));
  return [...countries, ...content.flat()];
}

/** One document's translations, checked and ready to write. */
export interface PlannedWrite {
  collection: TranslatedCollection;
  id: number | string;
  data: Values;
  /** What to put back if a later write fails. */
  restore: { data: Values; markers: unknown; draft: boolean };
  draft: boolean;
}

export interface ImportPlan {
  locale: string;
  writes: PlannedWrite[];
}

export class InvalidTranslationFile extends Error {
  constructor(readonly problems: string[]) {
    super(`The translation file was not imported, nothing was changed:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
  }
}

/**
 * Reads a translator's file and checks every unit against the documents as they are now, before anything is
 * written: a file naming an unknown document or unit, a target that is not plain text, part of a rich text, or a
 * unit whose Spanish changed since the export is refused as a whole, with every problem listed. Units without a
 * target are left untranslated; documents whose targets all match what is stored are not written.
 */
export async function planImport(payload: Payload, xml: string, { publish = false }: { publish?: boolean } = {}): Promise<ImportPlan> {
  let file: XliffDocument;
  try {
    file = await xliff12ToJs(xml);
  } catch (error) {
    throw new InvalidTranslationFile([`not an XLIFF 1.2 file: ${error instanceof Error ? error.message : String(error)}`]);
  }
  if (!file || typeof file !== 'object' || !file.resources) throw new InvalidTranslationFile(['not an XLIFF 1.2 file']);
  const problems: string[] = [];
  const locale = file.targetLanguage ?? '';
  if (file.sourceLanguage !== defaultLocale)
    problems.push(`source-language is "${file.sourceLanguage ?? ''}", expected "${defaultLocale}"`);
  if (!localeCodes.includes(locale as never) || locale === defaultLocale) {
    problems.push(`target-language "${locale}" is not one of ${localeCodes.filter((code) => code !== defaultLocale).join(', ')}`);
    throw new InvalidTranslationFile(problems);
  }

  const writes: PlannedWrite[] = [];
  for (const [name, units] of Object.entries(file.resources)) {
    const [collection, id] = name.split('/');
    if (!translatedCollections.includes(collection as TranslatedCollection) || !id) {
      problems.push(`file "${name}": not a document this CMS translates (expected <collection>/<id>)`);
      continue;
    }
    const slug = collection as TranslatedCollection;
    const document = (await payload
      .findByID({ collection: slug as CollectionSlug, id, locale: 'all', depth: 0, draft: true, overrideAccess: true, disableErrors: true })
      .catch(() => null)) as Values | null;
    if (!document) {
      problems.push(`file "${name}": no such document`);
      continue;
    }
    const fields = payload.collections[slug].config.fields;
    const current = new Map(translationUnits(fields, document, locale).map((unit) => [unit.id, unit]));
    const targets = new Map<string, string>();
    for (const [unitId, unit] of Object.entries(units)) {
      const known = current.get(unitId);
      const where = `${name} unit "${unitId}"`;
      if (!known) {
        problems.push(`${where}: no such text in the document`);
        continue;
      }
      if (unit.source !== known.source) {
        problems.push(`${where}: the Spanish text changed since the file was exported; export it again`);
        continue;
      }
      if (unit.target === undefined || unit.target === '') continue;
      if (typeof unit.target !== 'string') {
        problems.push(`${where}: the translation holds markup; only plain text can be imported`);
        continue;
      }
      // A target exported as it is stored and left alone says nothing new: it neither changes nor confirms the text.
      if (unit.target.trim() === '' || unit.target === known.target) continue;
      targets.set(unitId, unit.target);
    }
    problems.push(...incompleteRichText(name, current, targets));
    if (targets.size === 0) continue;
    const hasDrafts = Boolean(payload.collections[slug].config.versions?.drafts);
    const stored = translationData(fields, document, locale, new Map());
    const data = translationData(fields, document, locale, targets);
    writes.push({
      collection: slug,
      id: document.id as number | string,
      data,
      draft: hasDrafts && !publish,
      restore: {
        // Every field the import writes, as it was in this language: absent ones are written back empty.
        data: Object.fromEntries(Object.keys(data).map((field) => [field, stored[field] ?? null])),
        markers: document.translationStatus,
        draft: hasDrafts && document._status !== 'published',
      },
    });
  }
  if (problems.length > 0) throw new InvalidTranslationFile(problems);
  return { locale, writes };
}

/** A rich text is translated whole or not at all: its runs only make sense together. */
function incompleteRichText(name: string, current: ReadonlyMap<string, TranslationUnit>, targets: ReadonlyMap<string, string>): string[] {
  const runsByField = new Map<string, string[]>();
  for (const unitId of current.keys()) {
    const field = unitId.includes(':') ? unitId.slice(0, unitId.indexOf(':')) : undefined;
    if (field) runsByField.set(field, [...(runsByField.get(field) ?? []), unitId]);
  }
  return [...runsByField.entries()].flatMap(([field, runs]) => {
    const translated = runs.filter((run) => targets.has(run)).length;
    return translated > 0 && translated < runs.length
      ? [`${name} field "${field}": ${translated} of ${runs.length} parts are translated; translate all of them or none`]
      : [];
  });
}

/**
 * Writes a checked plan, one document at a time, in the plan's language only. Payload's SQLite adapter runs
 * without transactions, so if a write fails the documents already written get their previous text (and
 * translation markers) back before the error is passed on.
 */
export async function applyImport(payload: Payload, plan: ImportPlan): Promise<{ documents: number }> {
  const written: PlannedWrite[] = [];
  try {
    for (const write of plan.writes) {
      await untyped(payload).update({
        collection: write.collection,
        id: write.id,
        locale: plan.locale,
        data: write.data,
        draft: write.draft,
        depth: 0,
        overrideAccess: true,
        context: { [confirmedTranslationContext]: true },
      });
      written.push(write);
    }
  } catch (error) {
    for (const write of written.reverse()) {
      await untyped(payload).update({
        collection: write.collection,
        id: write.id,
        locale: plan.locale,
        data: write.restore.data,
        draft: write.restore.draft,
        depth: 0,
        overrideAccess: true,
        context: { [restoreMarkersContext]: write.restore.markers },
      });
    }
    throw error;
  }
  return { documents: written.length };
}
