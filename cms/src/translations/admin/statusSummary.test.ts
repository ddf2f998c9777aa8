import { describe, expect, it } from 'vitest';
import { statusSummary } from './statusSummary.ts';

const markers = {
  source: { hash: 'new', changedAt: '2026-11-02T10:00:00.000Z', fields: 12 },
  locales: {
    en: { hasText: true, translatedFields: 12, against: 'new', savedAt: '2026-11-03T10:00:00.000Z' },
    fr: { hasText: false, translatedFields: 0 },
    ht: { hasText: true, translatedFields: 12, against: 'old', savedAt: '2026-10-01T10:00:00.000Z' },
  },
};
const partlyTranslated = {
  ...markers,
  locales: { ...markers.locales, ht: { hasText: true, translatedFields: 3, against: 'new', savedAt: '2026-11-03T10:00:00.000Z' } },
};

describe('statusSummary', () => {
  it('names each translation state in Spanish for Spanish-speaking editors', () => {
    expect(statusSummary(markers, 'es').lines.map((line) => `${line.locale}: ${line.label}`)).toEqual([
      'en: al día',
      'fr: sin traducir',
      'ht: desactualizada',
    ]);
  });

  it('and in English and French', () => {
    expect(statusSummary(markers, 'en').lines.map((line) => line.label)).toEqual(['up to date', 'not translated', 'outdated']);
    expect(statusSummary(markers, 'fr').lines.map((line) => line.label)).toEqual(['à jour', 'non traduite', 'à mettre à jour']);
  });

  it('counts the fields a partial translation has, rather than calling it up to date', () => {
    expect(statusSummary(partlyTranslated, 'es').lines.find((line) => line.locale === 'ht')).toMatchObject({
      state: 'partial',
      label: 'traducida en parte: 3 de 12 campos',
    });
    expect(statusSummary(partlyTranslated, 'en').lines.find((line) => line.locale === 'ht')?.label).toBe(
      'partly translated: 3 of 12 fields',
    );
  });

  it('reads markers saved before fields were counted as it did then', () => {
    const uncounted = { source: { hash: 'new', changedAt: markers.source.changedAt }, locales: { ht: { hasText: true, against: 'new' } } };
    expect(statusSummary(uncounted, 'en').lines.find((line) => line.locale === 'ht')?.state).toBe('upToDate');
  });

  it('says when a document was saved before translations were tracked', () => {
    expect(statusSummary(null, 'en')).toMatchObject({ lines: [], untracked: 'not tracked yet (saved before tracking began)' });
  });
});
