import { describe, expect, it } from 'vitest';
import { createPageContext } from '~/i18n/pageContext.ts';
import { testSnapshot } from '~/testing/snapshot.ts';
import { reviewNote } from './review.ts';
import { outdatedTranslationNotice, translationNotice } from './translationNotice.ts';

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

describe('outdatedTranslationNotice', () => {
  const outdated = { sourceChangedAt: '2026-11-02T15:00:00Z', outdated: ['ht'] };
  const page = '/ht/guatemala/guides/permiso-de-trabajo/';

  it('dates the Spanish change in Kreyòl and links to the Spanish page', () => {
    const ctx = createPageContext(testSnapshot(), 'ht');
    expect(outdatedTranslationNotice(outdated, 'complete', ctx, page)).toEqual({
      text: 'Tradiksyon sa a ka pa ajou: vèsyon an nan lang panyòl te chanje 2 novanm 2026.',
      linkText: 'Li vèsyon an nan lang panyòl',
      href: '/es/guatemala/guides/permiso-de-trabajo/',
    });
  });

  it('says nothing to readers of an up-to-date translation', () => {
    expect(outdatedTranslationNotice(outdated, 'complete', createPageContext(testSnapshot(), 'en'), '/en/guatemala/')).toBeUndefined();
    expect(outdatedTranslationNotice(undefined, 'complete', createPageContext(testSnapshot(), 'ht'), page)).toBeUndefined();
  });

  it('says nothing when the page is shown in Spanish anyway', () => {
    expect(outdatedTranslationNotice(outdated, 'missing', createPageContext(testSnapshot(), 'ht'), page)).toBeUndefined();
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
