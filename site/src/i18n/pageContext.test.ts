import { describe, expect, it } from 'vitest';
import { testSnapshot } from '~/testing/snapshot.ts';
import { createPageContext } from './pageContext.ts';

const snapshot = testSnapshot();

describe('a Haitian Creole page', () => {
  // The runtime has no Kreyòl data: these words come from ht.json, never from a neighbouring language's Intl data.
  const ctx = createPageContext(snapshot, 'ht');

  it('writes dates in Kreyòl', () => {
    expect(ctx.formatDate('2026-10-01T00:00:00Z')).toBe('1 oktòb 2026');
    expect(ctx.formatDate('2026-07-15T00:00:00Z')).toBe('15 jiyè 2026');
    expect(ctx.formatDate('2026-01-31T00:00:00Z')).toBe('31 janvye 2026');
  });

  it('names languages in Kreyòl', () => {
    expect(['es', 'en', 'fr', 'ht'].map((code) => ctx.languageName(code))).toEqual(['panyòl', 'anglè', 'fransè', 'kreyòl ayisyen']);
  });

  it('names weekdays in Kreyòl, Monday first', () => {
    expect(ctx.weekdayNames).toEqual(['lendi', 'madi', 'mèkredi', 'jedi', 'vandredi', 'samdi', 'dimanch']);
  });
});

describe('pages in the other languages', () => {
  it('write dates the way their readers do', () => {
    expect(createPageContext(snapshot, 'es').formatDate('2026-03-05T00:00:00Z')).toBe('5 de marzo de 2026');
    expect(createPageContext(snapshot, 'en').formatDate('2026-03-05T00:00:00Z')).toBe('March 5, 2026');
    expect(createPageContext(snapshot, 'fr').formatDate('2026-03-05T00:00:00Z')).toBe('5 mars 2026');
  });

  it('keep the calendar day of a date stored at midnight UTC', () => {
    expect(createPageContext(snapshot, 'en').formatDate('2026-10-01T00:00:00Z')).toBe('October 1, 2026');
  });

  it('name languages in the reader’s language', () => {
    expect(createPageContext(snapshot, 'es').languageName('en')).toBe('inglés');
    expect(createPageContext(snapshot, 'en').languageName('ht')).toBe('Haitian Creole');
  });
});
