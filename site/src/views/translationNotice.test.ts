import { describe, expect, it } from 'vitest';
import { createPageContext } from '../i18n/pageContext.ts';
import { testSnapshot } from '../testing/snapshot.ts';
import { reviewNote } from './review.ts';
import { translationNotice } from './translationNotice.ts';

describe('translationNotice', () => {
  it('names both languages in Kreyòl on a Kreyòl page', () => {
    const ctx = createPageContext(testSnapshot(), 'ht');
    expect(translationNotice('missing', ctx)).toBe('Paj sa a poko disponib nan lang kreyòl ayisyen. N ap montre l nan lang panyòl.');
    expect(translationNotice('partial', ctx)).toBe(
      'Kèk pati nan paj sa a poko disponib nan lang kreyòl ayisyen. N ap montre yo nan lang panyòl.',
    );
  });

  it('names both languages in English on an English page', () => {
    const ctx = createPageContext(testSnapshot(), 'en');
    expect(translationNotice('missing', ctx)).toBe('This page is not yet available in English. It is shown in Spanish.');
  });

  it('says nothing when nothing fell back', () => {
    expect(translationNotice('complete', createPageContext(testSnapshot(), 'ht'))).toBeUndefined();
  });
});

describe('reviewNote', () => {
  it('dates a review in Kreyòl on a Kreyòl page', () => {
    const ctx = createPageContext(testSnapshot(), 'ht');
    expect(reviewNote({ updatedAt: '2026-11-01T00:00:00Z', lastReviewedAt: '2026-10-01T00:00:00Z' }, ctx)).toBe(
      'Dènye verifikasyon: 1 oktòb 2026.',
    );
  });
});
