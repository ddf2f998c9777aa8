import { describe, expect, it } from 'vitest';
import { countries, countrySlugs } from './countries.ts';
import { defaultLocale, getLocale, isLocaleCode, localeCodes, locales } from './locales.ts';
import { isSlug } from './slugs.ts';

describe('locales', () => {
  it('publishes Spanish first as the default, with English, French and Haitian Creole', () => {
    expect(defaultLocale).toBe('es');
    expect(localeCodes).toEqual(expect.arrayContaining(['es', 'en', 'fr', 'ht']));
  });

  it('names each language in that language', () => {
    expect(getLocale('ht').label).toBe('Kreyòl ayisyen');
    expect(getLocale('fr').label).toBe('Français');
  });

  it('has unique codes and a direction for each', () => {
    expect(new Set(localeCodes).size).toBe(locales.length);
    for (const locale of locales) expect(['ltr', 'rtl']).toContain(locale.dir);
  });

  it('tells known language codes from unknown ones', () => {
    expect(isLocaleCode('ht')).toBe(true);
    expect(isLocaleCode('de')).toBe(false);
  });
});

describe('countries', () => {
  it('have ISO codes and unique URL slugs', () => {
    expect(new Set(countrySlugs).size).toBe(countries.length);
    for (const country of countries) {
      expect(country.code).toMatch(/^[A-Z]{2}$/);
      expect(isSlug(country.slug)).toBe(true);
    }
  });
});
