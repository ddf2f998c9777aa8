import { describe, expect, it } from 'vitest';
import { createPageContext } from '~/i18n/pageContext.ts';
import { testGuide, testSnapshot } from '~/testing/snapshot.ts';
import { guideView } from './guide.ts';

// Everything else is translated, so only the body can fall back.
const guideWithBody = (bodyHtml: Record<string, string>) =>
  testGuide({ title: { es: 'Permiso', en: 'Permit' }, summary: { es: 'Cómo pedirlo.', en: 'How to apply.' }, bodyHtml });

describe('a guide’s body', () => {
  it('shows the Spanish text, marked as such, where the reader’s translation was left empty', () => {
    for (const blank of ['', ' \n ']) {
      const ctx = createPageContext(testSnapshot(), 'en');
      const view = guideView(guideWithBody({ es: '<p>Nadie puede quedarse con tu pasaporte.</p>', en: blank }), ctx);
      expect(view.bodyHtml).toEqual({ value: '<p>Nadie puede quedarse con tu pasaporte.</p>', lang: 'es', isFallback: true });
      expect(ctx.picker.anyFallback).toBe(true);
    }
  });

  it('is left out when no language has any text', () => {
    const ctx = createPageContext(testSnapshot(), 'en');
    expect(guideView(guideWithBody({ es: ' ', en: '' }), ctx).bodyHtml).toBeUndefined();
    expect(ctx.picker.anyFallback).toBe(false);
  });
});
