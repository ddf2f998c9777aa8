import { defaultLocale } from '@infohub/content-schemas';
import type { Field } from 'payload';
import { isRecord } from '../../utilities/isRecord.ts';
import { asRows, asValues } from '../translatableText.ts';

type Values = Record<string, unknown>;

/**
 * One piece of text to translate, named stably within its document:
 * - a text field by its path, rows by their id rather than their position: `title`, `steps[64f1…].details`;
 * - rich text by its text nodes, each named by its position in the Spanish tree: `body:0.2.1`. A translation keeps
 *   the Spanish structure (paragraphs, lists, bold runs, links with their addresses) and replaces the text of each
 *   run, so translators cannot add or merge formatting, and words cannot move from one formatted run to another.
 */
export interface TranslationUnit {
  id: string;
  source: string;
  /** The translation already stored, if any. */
  target?: string | undefined;
}

/** The units of a document (read in every language) from Spanish into `locale`. */
export function translationUnits(fields: readonly Field[], document: Values, locale: string): TranslationUnit[] {
  const units: TranslationUnit[] = [];
  walk(fields, document, '', (field, values, id) => {
    const perLocale = asValues(values[field.name]);
    if (field.type === 'richText') {
      const sourceRuns = textRuns(perLocale?.[defaultLocale]);
      const targetRuns = textRuns(perLocale?.[locale]);
      const sameShape = sameStructure(sourceRuns, targetRuns);
      sourceRuns.forEach((run, index) => {
        units.push({ id: `${id}:${run.position}`, source: run.text, target: sameShape ? targetRuns[index]?.text : undefined });
      });
      return;
    }
    const source = perLocale?.[defaultLocale];
    if (typeof source !== 'string' || source.trim() === '') return;
    const target = perLocale?.[locale];
    units.push({ id, source, target: typeof target === 'string' && target.trim() !== '' ? target : undefined });
  });
  return units;
}

/**
 * The data of a Local API update in `locale` that writes the given translations (unit id → text) and keeps
 * everything else: only fields with a translation are sent, and rows are sent whole (their other languages and
 * untranslated fields as stored) since Payload rewrites an array from what it is given.
 */
export function translationData(fields: readonly Field[], document: Values, locale: string, targets: ReadonlyMap<string, string>): Values {
  const data = build(fields, document, locale, targets, '');
  // At the top level only what changes is sent: a field left out keeps its stored value in every language.
  return Object.fromEntries(Object.entries(data).filter(([name]) => mentions(targets, name)));
}

function build(fields: readonly Field[], values: Values, locale: string, targets: ReadonlyMap<string, string>, prefix: string): Values {
  const data: Values = {};
  for (const field of flatten(fields)) {
    const id = `${prefix}${field.name}`;
    const localized = 'localized' in field && field.localized === true;
    if (localized) {
      const stored = asValues(values[field.name])?.[locale];
      if (field.type === 'richText' && [...targets.keys()].some((key) => key.startsWith(`${id}:`))) {
        data[field.name] = withTranslatedRuns(asValues(values[field.name])?.[defaultLocale], id, targets);
      } else if (field.type !== 'richText' && targets.has(id)) {
        data[field.name] = targets.get(id);
      } else if (stored !== undefined && stored !== null) {
        data[field.name] = stored;
      }
      continue;
    }
    if (field.type === 'array') {
      data[field.name] = asRows(values[field.name]).map((row) => ({
        ...build(field.fields, row, locale, targets, `${id}[${String(row.id)}].`),
        id: row.id,
      }));
      continue;
    }
    if (field.type === 'group') {
      data[field.name] = build(field.fields, asValues(values[field.name]) ?? {}, locale, targets, `${id}.`);
      continue;
    }
    if (field.name in values && !('virtual' in field && field.virtual)) data[field.name] = values[field.name];
  }
  return data;
}

function mentions(targets: ReadonlyMap<string, string>, fieldName: string): boolean {
  return [...targets.keys()].some(
    (key) => key === fieldName || key.startsWith(`${fieldName}[`) || key.startsWith(`${fieldName}.`) || key.startsWith(`${fieldName}:`),
  );
}

type NamedField = Extract<Field, { name: string }>;

/** Named fields, looking through the layout-only ones (rows, collapsibles, unnamed tabs). */
function flatten(fields: readonly Field[]): NamedField[] {
  return fields.flatMap((field): NamedField[] => {
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [] : flatten(tab.fields)));
    if (!('name' in field)) return 'fields' in field ? flatten(field.fields) : [];
    return [field as NamedField];
  });
}

/** Calls `visit` for each localized text or rich text field, with the values it sits in and its unit id. */
function walk(
  fields: readonly Field[],
  values: Values | undefined,
  prefix: string,
  visit: (field: NamedField, values: Values, id: string) => void,
) {
  if (!values) return;
  for (const field of flatten(fields)) {
    const id = `${prefix}${field.name}`;
    if ('localized' in field && field.localized === true) {
      if (field.type === 'text' || field.type === 'textarea' || field.type === 'richText') visit(field, values, id);
      continue;
    }
    if (field.type === 'array') {
      for (const row of asRows(values[field.name])) walk(field.fields, row, `${id}[${String(row.id)}].`, visit);
    } else if (field.type === 'group') {
      walk(field.fields, asValues(values[field.name]), `${id}.`, visit);
    }
  }
}

interface TextRun {
  /** Child indexes from the root, e.g. "0.2.1". */
  position: string;
  text: string;
}

/** The text nodes of a rich text value that hold something to translate, in reading order. */
export function textRuns(value: unknown): TextRun[] {
  const runs: TextRun[] = [];
  eachTextNode(value, (node, position) => {
    if (typeof node.text === 'string' && node.text.trim() !== '') runs.push({ position, text: node.text });
  });
  return runs;
}

function sameStructure(a: readonly TextRun[], b: readonly TextRun[]): boolean {
  return a.length === b.length && a.every((run, index) => run.position === b[index]?.position);
}

/** A copy of the Spanish rich text with each translated run's text replaced. */
function withTranslatedRuns(spanish: unknown, id: string, targets: ReadonlyMap<string, string>): unknown {
  const copy = structuredClone(spanish);
  eachTextNode(copy, (node, position) => {
    const translated = targets.get(`${id}:${position}`);
    if (translated !== undefined) node.text = translated;
  });
  return copy;
}

/** Visits the text nodes of a rich text value with their position: child indexes from the root, e.g. "0.2.1". */
function eachTextNode(value: unknown, visit: (node: Values, position: string) => void): void {
  const walkNode = (node: unknown, position: string): void => {
    if (!isRecord(node)) return;
    if (node.type === 'text') visit(node, position);
    if (!Array.isArray(node.children)) return;
    for (const [index, child] of node.children.entries()) walkNode(child, position === '' ? String(index) : `${position}.${index}`);
  };
  walkNode(isRecord(value) ? value.root : undefined, '');
}
