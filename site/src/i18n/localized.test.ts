import { describe, expect, it } from 'vitest';
import { createPagePicker, langIfFallback, pickLocalized, translationStatus } from './localized.ts';

const english = { locale: 'en', defaultLocale: 'es' };

describe('pickLocalized', () => {
  it('gives the reader’s language when an editor wrote it', () => {
    expect(pickLocalized({ es: 'Pasos', en: 'Steps' }, english)).toEqual({ value: 'Steps', lang: 'en', isFallback: false });
  });

  it('falls back to the default language and says so', () => {
    expect(pickLocalized({ es: 'Pasos' }, english)).toEqual({ value: 'Pasos', lang: 'es', isFallback: true });
  });

  it('falls back when the reader’s text is empty or only spaces, which is a translation not done yet', () => {
    for (const blank of ['', '  \n ']) {
      expect(pickLocalized({ es: '<p>Hola</p>', en: blank }, english)).toEqual({ value: '<p>Hola</p>', lang: 'es', isFallback: true });
    }
  });

  it('refuses a value with no default-language text, which a valid snapshot never has', () => {
    expect(() => pickLocalized({ en: 'Steps' }, { locale: 'fr', defaultLocale: 'es' })).toThrow(/default language "es"/);
  });
});

describe('langIfFallback', () => {
  it('marks only fallback text with its language', () => {
    expect(langIfFallback(pickLocalized({ es: 'Pasos' }, english))).toBe('es');
    expect(langIfFallback(pickLocalized({ es: 'Pasos', en: 'Steps' }, english))).toBeUndefined();
    expect(langIfFallback(undefined)).toBeUndefined();
  });
});

describe('a page’s translation status', () => {
  it('is complete when nothing fell back', () => {
    const picker = createPagePicker(english);
    const title = picker.pick({ es: 'Título', en: 'Title' });
    picker.pickOptional(undefined);
    expect(translationStatus(title, picker.anyFallback)).toBe('complete');
  });

  it('is partial when only some parts fell back', () => {
    const picker = createPagePicker(english);
    const title = picker.pick({ es: 'Título', en: 'Title' });
    picker.pickOptional({ es: 'Costo' });
    expect(translationStatus(title, picker.anyFallback)).toBe('partial');
  });

  it('is missing when the main text fell back', () => {
    const picker = createPagePicker(english);
    const title = picker.pick({ es: 'Título' });
    expect(translationStatus(title, picker.anyFallback)).toBe('missing');
  });

  it('is partial when an optional text is empty in the reader’s language', () => {
    const picker = createPagePicker(english);
    const title = picker.pick({ es: 'Título', en: 'Title' });
    expect(picker.pickOptional({ es: '<p>Más</p>', en: ' ' })).toEqual({ value: '<p>Más</p>', lang: 'es', isFallback: true });
    expect(translationStatus(title, picker.anyFallback)).toBe('partial');
  });

  it('leaves out, without a notice, an optional text empty in the default language too', () => {
    const picker = createPagePicker(english);
    const title = picker.pick({ es: 'Título', en: 'Title' });
    expect(picker.pickOptional({ es: '', en: ' ' })).toBeUndefined();
    expect(translationStatus(title, picker.anyFallback)).toBe('complete');
  });

  it('is partial for a page without one main text when anything fell back', () => {
    const picker = createPagePicker(english);
    picker.pick({ es: 'Albergue' });
    expect(translationStatus(undefined, picker.anyFallback)).toBe('partial');
  });
});
