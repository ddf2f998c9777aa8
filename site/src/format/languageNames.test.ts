import { describe, expect, it } from 'vitest';
import { languageName } from './languageNames.ts';

const locales = [
  { code: 'es', label: 'Español', dir: 'ltr' as const },
  { code: 'ht', label: 'Kreyòl ayisyen', dir: 'ltr' as const },
];

describe('languageName', () => {
  it('names a language in the reader’s language', () => {
    expect(languageName('es', 'en', locales)).toBe('Spanish');
    expect(languageName('en', 'es', locales)).toBe('inglés');
  });

  it('falls back to the language’s own name where the runtime has no names for the reader’s language', () => {
    expect(languageName('es', 'ht', locales)).toBe('Español');
  });

  it('falls back to the language’s own name where the runtime does not know the language', () => {
    expect(languageName('mam', 'es', locales)).toBe('Mam');
    expect(languageName('cab', 'en', locales)).toBe('Garifuna');
  });
});
