import { describe, expect, it } from 'vitest';
import { textForIndexing } from './searchText.ts';

describe('textForIndexing', () => {
  it('splits French elisions and Creole contractions so the word after the apostrophe is a word of its own', () => {
    expect(textForIndexing('<p>Demander l’asile, d’abord qu’il</p>')).toBe('<p>Demander l’\u200Aasile, d’\u200Aabord qu’\u200Ail</p>');
    expect(textForIndexing("<p>m'ap travay</p>")).toBe("<p>m'\u200Aap travay</p>");
  });

  it('leaves tags, attributes and quotes that do not join two letters alone', () => {
    const html = `<meta content="default-src 'self'"><img alt="l’asile"><p>« 'citation' »</p>`;
    expect(textForIndexing(html)).toBe(html);
  });
});
