import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { readSiteEnv } from '~/env.ts';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import ht from './ht.json';

/**
 * The site's own words (labels, headings, notices), one JSON file per language with flat dotted keys. Spanish is
 * the reference: every other file must have exactly its keys and the same {placeholders}, so a missing or
 * misspelt key fails the build instead of showing a blank to a reader.
 *
 * Month, weekday and language names are here too rather than taken from Intl: the runtime has none for some of
 * infohub's languages (Haitian Creole), and a page must not borrow them from a neighbouring language.
 */
export type UiStringKey = keyof typeof es;
export type UiStrings = Record<UiStringKey, string>;

interface StringsFile {
  /** Where the file is, for error messages. */
  name: string;
  content: unknown;
}

const shipped = Object.entries({ es, en, fr, ht }).map(([locale, content]) => [locale, { name: `site/src/i18n/${locale}.json`, content }]);
let stringFiles: Map<string, StringsFile> | undefined;

/**
 * The site's languages, and those of the folder INFOHUB_EXTRA_UI_STRINGS names: languages only tests build in, such
 * as the fixture's right-to-left `ar` (tests/fixtures/ui-strings/), which the CMS does not offer.
 */
function allStringFiles(): Map<string, StringsFile> {
  if (stringFiles) return stringFiles;
  const folder = readSiteEnv().extraUiStringsDir;
  const extra = (folder ? readdirSync(folder) : [])
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const file = path.join(folder ?? '', name);
      return [path.basename(name, '.json'), { name: file, content: JSON.parse(readFileSync(file, 'utf8')) }];
    });
  stringFiles = new Map([...shipped, ...extra] as [string, StringsFile][]);
  return stringFiles;
}

/** For keys built from data ("language.quc"), which the compiler cannot check. */
export function isUiStringKey(key: string): key is UiStringKey {
  return Object.hasOwn(es, key);
}

function createUiStringsSchema(reference: Record<string, string>) {
  const shape = Object.fromEntries(
    Object.entries(reference).map(([key, referenceText]) => {
      const expected = placeholdersOf(referenceText);
      const text = z
        .string()
        .trim()
        .min(1, 'must not be empty')
        .refine((value) => placeholdersOf(value).join() === expected.join(), {
          message:
            expected.length > 0
              ? `must use exactly the placeholders ${expected.map((name) => `{${name}}`).join(' ')}`
              : 'must not use placeholders',
        });
      return [key, text];
    }),
  );
  return z.strictObject(shape);
}

const uiStringsSchema = createUiStringsSchema(es);

/** Checks one language's strings file, reporting every wrong key at once. */
export function parseUiStrings(locale: string, input: unknown, fileName = `site/src/i18n/${locale}.json`): UiStrings {
  const parsed = uiStringsSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => {
        if (issue.code === 'unrecognized_keys')
          return `- unknown key(s) ${issue.keys.join(', ')}: remove them or add them to es.json first`;
        const key = issue.path.join('.');
        return issue.code === 'invalid_type' && issue.input === undefined ? `- "${key}" is missing` : `- "${key}" ${issue.message}`;
      })
      .join('\n');
    throw new Error(`${fileName} is not a valid strings file:\n${problems}`);
  }
  return parsed.data as UiStrings;
}

const cache = new Map<string, UiStrings>();

export function getUiStrings(locale: string): UiStrings {
  const cached = cache.get(locale);
  if (cached) return cached;
  const file = allStringFiles().get(locale);
  if (file === undefined) {
    throw new Error(
      `The snapshot publishes in "${locale}" but the site has no words for it: copy site/src/i18n/es.json to ${locale}.json, translate it and import it in site/src/i18n/strings.ts.`,
    );
  }
  const strings = parseUiStrings(locale, file.content, file.name);
  cache.set(locale, strings);
  return strings;
}

/** Fails on the first language that has no strings file or a wrong one, so the build stops before rendering. */
export function checkUiStrings(locales: readonly string[]): void {
  for (const locale of locales) getUiStrings(locale);
}

export type Translate = (key: UiStringKey, values?: Record<string, string | number>) => string;

export function createTranslator(locale: string): Translate {
  const strings = getUiStrings(locale);
  return (key, values = {}) =>
    strings[key].replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`The string "${key}" needs a value for {${name}}.`);
      return String(value);
    });
}

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}
