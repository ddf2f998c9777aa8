import { describe, expect, it } from 'vitest';
import { createPageContext } from '~/i18n/pageContext.ts';
import { testSnapshot } from '~/testing/snapshot.ts';
import { continueOffers } from './continueOffers.ts';

describe('continueOffers', () => {
  const snapshot = testSnapshot();

  it('offers each country in each language it publishes in, and no other', () => {
    const english = createPageContext(snapshot, 'en');
    expect(Object.keys(continueOffers(snapshot, () => english))).toEqual(['es/guatemala', 'en/guatemala', 'ht/guatemala']);
  });

  it('speaks the page’s language on a language home', () => {
    const english = createPageContext(snapshot, 'en');
    expect(continueOffers(snapshot, () => english)['ht/guatemala']).toEqual({
      href: '/ht/guatemala/',
      text: 'Go to Guatemala in Haitian Creole',
      note: 'This phone remembers your last choice.',
      forget: 'Forget this choice',
      lang: 'en',
      dir: 'ltr',
    });
  });

  it('speaks the chosen language where the page has none of its own', () => {
    const offers = continueOffers(snapshot, (lang) => createPageContext(snapshot, lang));
    expect(offers['ht/guatemala']).toMatchObject({ text: 'Kontinye ak Guatemala an kreyòl ayisyen', lang: 'ht' });
    expect(offers['es/guatemala']).toMatchObject({ text: 'Ir a Guatemala en español', lang: 'es' });
  });
});
