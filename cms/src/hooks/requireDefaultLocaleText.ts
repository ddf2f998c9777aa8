import { defaultLocale } from '@infohub/content-schemas';
import { type CollectionBeforeChangeHook, type Field, ValidationError } from 'payload';
import { fieldProblemStrings, languageName } from '../errors/strings.ts';
import { requiredInDefaultLocale } from '../fields/withInfohubValidation.ts';
import { hasContent } from '../utilities/hasContent.ts';
import { isRecord } from '../utilities/isRecord.ts';
import { storedInEveryLocale } from '../utilities/storedInEveryLocale.ts';

type Values = Record<string, unknown>;

/**
 * Spanish first: a value written in another language must also exist in Spanish, which readers see wherever a
 * translation is missing (and which the content snapshot requires), and a field required in Spanish must be filled
 * before the document is published from another language. Checked when a document is published, over every
 * language at once: the one being saved and those already stored.
 */
export const requireDefaultLocaleText: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const publishing = !collection.versions?.drafts || data._status === 'published';
  const locale = req.locale;
  if (!publishing || !locale || locale === 'all') return data;

  const stored: Values | undefined = await storedInEveryLocale(req, collection.slug, originalDoc);

  const problems: { path: string; otherLocales: string[] }[] = [];
  checkFields(collection.fields, data, stored, { locale, path: '', localized: false }, problems);
  if (problems.length === 0) return data;

  const language = req.i18n?.language;
  const strings = fieldProblemStrings(language);
  throw new ValidationError(
    {
      collection: collection.slug,
      id: originalDoc?.id,
      // The editor's form is in `locale`: the field turns red there, and the message says Spanish is what is missing.
      errors: problems.map(({ path, otherLocales }) => ({
        path,
        message:
          otherLocales.length > 0
            ? strings.writeSpanishFirst(otherLocales.map((code) => languageName(code, language)).join(', '))
            : strings.requiredInSpanish,
      })),
      req,
    },
    req.t,
  );
};

interface Position {
  /** The language being saved: `incoming` holds its values. */
  locale: string;
  path: string;
  localized: boolean;
}

function checkFields(
  fields: Field[],
  incoming: Values | undefined,
  stored: Values | undefined,
  position: Position,
  problems: { path: string; otherLocales: string[] }[],
): void {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const named = 'name' in tab && tab.name;
        const next = named ? { ...position, path: `${position.path}${tab.name}.` } : position;
        checkFields(
          tab.fields,
          named ? asValues(incoming?.[tab.name]) : incoming,
          named ? asValues(stored?.[tab.name]) : stored,
          next,
          problems,
        );
      }
      continue;
    }
    if (!('name' in field)) {
      if ('fields' in field) checkFields(field.fields, incoming, stored, position, problems);
      continue;
    }
    const localized = position.localized || ('localized' in field && field.localized === true);
    const path = `${position.path}${field.name}`;
    if (field.type === 'array' && !localized) {
      // Rows are matched by id: a row the editor just added has nothing stored in any language yet.
      const storedRows = asRows(stored?.[field.name]);
      const incomingRows = incoming && field.name in incoming ? asRows(incoming[field.name]) : undefined;
      (incomingRows ?? storedRows).forEach((row, index) => {
        const storedRow = incomingRows ? storedRows.find((candidate) => row.id !== undefined && candidate.id === row.id) : row;
        checkFields(field.fields, incomingRows ? row : undefined, storedRow, { ...position, path: `${path}.${index}.` }, problems);
      });
      continue;
    }
    if (field.type === 'group' && !localized) {
      checkFields(
        field.fields,
        asValues(incoming?.[field.name]),
        asValues(stored?.[field.name]),
        { ...position, path: `${path}.` },
        problems,
      );
      continue;
    }
    if (!localized) continue;
    const values: Values = { ...asValues(stored?.[field.name]) };
    if (incoming && field.name in incoming) values[position.locale] = incoming[field.name];
    if (hasContent(values[defaultLocale])) continue;
    const otherLocales = Object.keys(values).filter((code) => code !== defaultLocale && hasContent(values[code]));
    // Saving Spanish, the field's own validation reports a missing required value, with the other fields' errors.
    const requiredHere = position.locale !== defaultLocale && field.custom?.[requiredInDefaultLocale] === true;
    if (otherLocales.length > 0 || requiredHere) problems.push({ path, otherLocales });
  }
}

function asRows(value: unknown): Values[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function asValues(value: unknown): Values | undefined {
  return isRecord(value) ? value : undefined;
}
