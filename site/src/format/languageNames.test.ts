import { locales, spokenLanguages } from '@infohub/content-schemas';
import { describe, expect, it } from 'vitest';
import { getUiStrings, isUiStringKey } from '~/i18n/strings.ts';
import { languageName } from './languageNames.ts';

const snapshotLocales = [
  { code: 'es', label: 'Español', dir: 'ltr' as const },
  { code: 'xx-rtl', label: 'Test RTL', dir: 'rtl' as const },
];

describe('languageName', () => {
  it('names a language in the page’s language, from its strings file', () => {
    expect(languageName('es', getUiStrings('en'), snapshotLocales)).toBe('Spanish');
    expect(languageName('quc', getUiStrings('es'), snapshotLocales)).toBe('quiché');
    expect(languageName('es', getUiStrings('ht'), snapshotLocales)).toBe('panyòl');
  });

  it('gives a language the strings files do not name its own name, else its code', () => {
    expect(languageName('xx-rtl', getUiStrings('es'), snapshotLocales)).toBe('Test RTL');
    expect(languageName('de', getUiStrings('es'), snapshotLocales)).toBe('de');
  });

  it('has a name for every language infohub publishes in and every language staff can be listed as speaking', () => {
    const codes = new Set([...locales, ...spokenLanguages].map((language) => language.code));
    expect([...codes].filter((code) => !isUiStringKey(`language.${code}`))).toEqual([]);
  });
});
