import { describe, expect, it } from 'vitest';
import { statusSummary } from './statusSummary.ts';

const markers = {
  source: { hash: 'new', changedAt: '2026-11-02T10:00:00.000Z' },
  locales: {
    en: { hasText: true, against: 'new', savedAt: '2026-11-03T10:00:00.000Z' },
    fr: { hasText: false },
    ht: { hasText: true, against: 'old', savedAt: '2026-10-01T10:00:00.000Z' },
  },
};

describe('statusSummary', () => {
  it('names each translation state in Spanish for Spanish-speaking editors', () => {
    expect(statusSummary(markers, 'es').lines.map((line) => `${line.locale}: ${line.label}`)).toEqual([
      'en: al día',
      'fr: falta',
      'ht: desactualizada',
    ]);
  });

  it('and in English for the others', () => {
    expect(statusSummary(markers, 'en').lines.map((line) => line.label)).toEqual(['up to date', 'missing', 'outdated']);
  });

  it('says when a document was saved before translations were tracked', () => {
    expect(statusSummary(null, 'en')).toMatchObject({ lines: [], untracked: 'not tracked yet (saved before tracking began)' });
  });
});
