import { describe, expect, it } from 'vitest';
import { formatDate } from './dates.ts';
import { languageName } from './languageNames.ts';

const locales = [
  { code: 'es', label: 'Español', dir: 'ltr' as const },
  { code: 'ht', label: 'Kreyòl ayisyen', dir: 'ltr' as const },
];

describe('formatDate', () => {
  it('writes the date the reader’s way', () => {
    expect(formatDate('2026-03-05T00:00:00Z', 'es')).toBe('5 de marzo de 2026');
    expect(formatDate('2026-03-05T00:00:00Z', 'en')).toBe('March 5, 2026');
  });

  it('keeps the calendar day of a date stored at midnight UTC', () => {
    expect(formatDate('2026-10-01T00:00:00Z', 'en')).toBe('October 1, 2026');
  });
});

describe('languageName', () => {
  it('names a language in the reader’s language', () => {
    expect(languageName('es', 'en', locales)).toBe('Spanish');
    expect(languageName('en', 'es', locales)).toBe('inglés');
  });

  it('falls back to the language’s own name where the runtime has no names for the reader’s language', () => {
    expect(languageName('es', 'ht', locales)).toBe('Español');
  });
});
