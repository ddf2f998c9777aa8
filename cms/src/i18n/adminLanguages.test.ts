import { describe, expect, it } from 'vitest';
import { adminLanguage, defineStrings } from './adminLanguages.ts';

describe('admin strings', () => {
  const strings = defineStrings({
    en: { save: 'Save', savedOn: (date: string) => `Saved on ${date}` },
    es: { save: 'Guardar', savedOn: (date: string) => `Guardado el ${date}` },
    fr: { save: 'Enregistrer', savedOn: (date: string) => `Enregistré le ${date}` },
  });

  it("speak the editor's admin language", () => {
    expect(strings('es').save).toBe('Guardar');
    expect(strings('fr').savedOn('5/12/2026')).toBe('Enregistré le 5/12/2026');
  });

  it('fall back to English for a language the admin does not offer, or none', () => {
    expect(adminLanguage('de')).toBe('en');
    expect(strings(undefined).save).toBe('Save');
  });
});
