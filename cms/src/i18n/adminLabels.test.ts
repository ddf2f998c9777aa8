import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Field, LabelFunction, SanitizedConfig } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminLanguages } from './adminLanguages.ts';

/**
 * Every label the admin shows, read from the CMS's built configuration in each admin language: TypeScript checks that
 * `label()` is given three languages, not that none of them is empty, nor that an array names its rows (Payload
 * would make "Required Document 01" from the field's name) or that a label is not a language object where Payload
 * wants a string.
 */
describe('admin labels', () => {
  let config: SanitizedConfig;

  beforeAll(async () => {
    // The configuration names a database and a media folder; nothing is opened, but env.ts wants them set.
    const directory = await mkdtemp(path.join(os.tmpdir(), 'infohub-labels-test-'));
    process.env.DATABASE_URL = `file:${path.join(directory, 'unused.db')}`;
    process.env.PAYLOAD_SECRET = 'test-secret-used-only-by-tests';
    process.env.INFOHUB_MEDIA_DIR = path.join(directory, 'media');
    config = await (await import('../payload.config.ts')).default;
  });

  /** What the admin shows for a label in a language, or a problem. */
  function read(labelValue: unknown, language: string): string {
    const i18n = { language, fallbackLanguage: 'en', t: (key: string) => key } as unknown as Parameters<LabelFunction>[0]['i18n'];
    if (typeof labelValue === 'function') return String(labelValue({ i18n, t: i18n.t }));
    if (typeof labelValue === 'object' && labelValue !== null) return String((labelValue as Record<string, unknown>)[language] ?? '');
    return String(labelValue ?? '');
  }

  function problemsOf(where: string, labelValue: unknown, problems: string[]) {
    for (const language of adminLanguages) {
      const text = read(labelValue, language).trim();
      if (text === '') problems.push(`${where}: no ${language} label`);
      if (text.includes('[object')) problems.push(`${where}: ${language} label reads "${text}"`);
    }
  }

  function fieldProblems(fields: Field[], where: string, problems: string[]) {
    for (const field of fields) {
      const name = 'name' in field ? field.name : field.type;
      const at = `${where}.${name}`;
      // Not every field type's admin options declare these; Payload reads them on all.
      const admin = field.admin as { hidden?: boolean; disabled?: boolean } | undefined;
      const hidden = admin?.hidden === true || admin?.disabled === true || ('hidden' in field && field.hidden === true);
      if (hidden) continue;
      const showsALabel = 'name' in field && field.type !== 'ui' && !name.startsWith('_');
      if (showsALabel) problemsOf(at, 'label' in field ? field.label : undefined, problems);
      if (field.admin && 'description' in field.admin && field.admin.description) {
        problemsOf(`${at} (description)`, field.admin.description, problems);
      }
      if (field.type === 'array') {
        problemsOf(`${at} (one row)`, field.labels?.singular, problems);
        problemsOf(`${at} (rows)`, field.labels?.plural, problems);
      }
      if (field.type === 'select' || field.type === 'radio') {
        for (const option of field.options) {
          if (typeof option === 'object' && typeof option.label !== 'string') problemsOf(`${at} = ${option.value}`, option.label, problems);
        }
      }
      if ('fields' in field) fieldProblems(field.fields, at, problems);
      if (field.type === 'tabs') for (const tab of field.tabs) fieldProblems(tab.fields, at, problems);
    }
  }

  it('exist, not empty, in every admin language: collections, globals, fields, array rows, options and descriptions', () => {
    const problems: string[] = [];
    for (const collection of config.collections) {
      if (collection.admin?.hidden === true || collection.slug.startsWith('payload-')) continue;
      problemsOf(`${collection.slug} (one)`, collection.labels.singular, problems);
      problemsOf(`${collection.slug} (many)`, collection.labels.plural, problems);
      fieldProblems(collection.fields, collection.slug, problems);
    }
    for (const global of config.globals) {
      problemsOf(global.slug, global.label, problems);
      fieldProblems(global.fields, global.slug, problems);
    }
    expect(problems).toEqual([]);
  });

  it('name the rows of a guide\'s required documents in the admin language, not after the field ("Required Document")', () => {
    const guides = config.collections.find((collection) => collection.slug === 'guides');
    const requiredDocuments = guides?.fields.find((field) => 'name' in field && field.name === 'requiredDocuments');
    const singular = requiredDocuments?.type === 'array' ? requiredDocuments.labels?.singular : undefined;
    expect(read(singular, 'es')).toBe('Documento requerido');
    expect(read(singular, 'fr')).toBe('Document requis');
    expect(read(singular, 'en')).toBe('Required document');
  });
});
