import type { Field } from 'payload';
import { hasContent } from '../utilities/hasContent.ts';
import { isRecord } from '../utilities/isRecord.ts';

type Values = Record<string, unknown>;

/** One piece of localized text of a document in one language, where it sits (`steps.2.title`), and its value. */
export interface TextEntry {
  path: string;
  value: unknown;
}

/**
 * A document during a save, as the translation hooks see it: what is stored in every language (`locale: 'all'`),
 * and what the save in progress brings for one language (possibly only some fields).
 */
export interface SavingDocument {
  stored: Values | undefined;
  incoming?: { locale: string; data: Values } | undefined;
}

/**
 * The localized text of a document in one language, after the save in progress: every localized field that holds
 * something, in field order, rows in their order. Rows of arrays are shared by all languages, so a row an editor
 * removes while writing Spanish also takes its translations with it.
 */
export function textsIn(fields: readonly Field[], document: SavingDocument, locale: string): TextEntry[] {
  const entries: TextEntry[] = [];
  const incoming = document.incoming?.locale === locale ? document.incoming.data : undefined;
  const structure = document.incoming?.data;
  collect(fields, { stored: document.stored, incoming, structure }, locale, '', entries);
  return entries;
}

interface Level {
  stored: Values | undefined;
  /** The saved language's new values, when `locale` is that language. */
  incoming: Values | undefined;
  /** The save's data in whatever language: it decides which rows arrays have. */
  structure: Values | undefined;
}

function collect(fields: readonly Field[], level: Level, locale: string, prefix: string, entries: TextEntry[]): void {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) collect(tab.fields, child(level, tab.name), locale, `${prefix}${tab.name}.`, entries);
        else collect(tab.fields, level, locale, prefix, entries);
      }
      continue;
    }
    if (!('name' in field)) {
      if ('fields' in field) collect(field.fields, level, locale, prefix, entries);
      continue;
    }
    if ('virtual' in field && field.virtual) continue;
    const path = `${prefix}${field.name}`;
    if ('localized' in field && field.localized === true) {
      const value =
        level.incoming && field.name in level.incoming ? level.incoming[field.name] : asValues(level.stored?.[field.name])?.[locale];
      if (hasContent(value)) entries.push({ path, value: field.type === 'richText' ? richTextEssence(value) : value });
      continue;
    }
    if (field.type === 'array') {
      const storedRows = asRows(level.stored?.[field.name]);
      const newRows = level.structure && field.name in level.structure ? asRows(level.structure[field.name]) : undefined;
      const incomingRows = level.incoming && field.name in level.incoming ? asRows(level.incoming[field.name]) : undefined;
      (newRows ?? storedRows).forEach((row, index) => {
        // Rows keep their id across languages; a row added by this save has nothing stored yet.
        const storedRow = newRows ? storedRows.find((candidate) => row.id !== undefined && candidate.id === row.id) : row;
        const incoming = incomingRows ? row : undefined;
        collect(field.fields, { stored: storedRow, incoming, structure: newRows ? row : undefined }, locale, `${path}.${index}.`, entries);
      });
      continue;
    }
    if (field.type === 'group') collect(field.fields, child(level, field.name), locale, `${path}.`, entries);
  }
}

function child(level: Level, name: string): Level {
  return {
    stored: asValues(level.stored?.[name]),
    incoming: asValues(level.incoming?.[name]),
    structure: asValues(level.structure?.[name]),
  };
}

/**
 * What of a rich text value readers see: its text, the kind of each block, formatting and link targets. The
 * editor's bookkeeping (indentation defaults, versions, direction) is left out, so re-saving unchanged text in a
 * newer editor does not look like a change.
 */
function richTextEssence(value: unknown): unknown {
  const root = isRecord(value) ? value.root : undefined;
  return essence(root);
}

function essence(node: unknown): unknown {
  if (!isRecord(node)) return null;
  const fields = isRecord(node.fields) ? node.fields : {};
  return {
    type: node.type,
    ...(node.tag !== undefined ? { tag: node.tag } : {}),
    ...(node.listType !== undefined ? { listType: node.listType } : {}),
    ...(typeof node.text === 'string' ? { text: node.text, format: node.format } : {}),
    ...(fields.url !== undefined ? { url: fields.url } : {}),
    ...(fields.doc !== undefined ? { doc: fields.doc } : {}),
    ...(Array.isArray(node.children) ? { children: node.children.map(essence) } : {}),
  };
}

export function asRows(value: unknown): Values[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

export function asValues(value: unknown): Values | undefined {
  return isRecord(value) ? value : undefined;
}
