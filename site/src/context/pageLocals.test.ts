import { describe, expect, it } from 'vitest';
import { createPageContext } from '~/i18n/pageContext.ts';
import { testSnapshot } from '~/testing/snapshot.ts';
import { countryPageOf, type PageLocals, readerOf } from './pageLocals.ts';

const snapshot = testSnapshot();
const localsOf = (page: Partial<PageLocals>): App.Locals => ({
  page: { snapshot, reader: undefined, country: undefined, readerIn: (lang) => createPageContext(snapshot, lang), ...page },
});

describe('the page context a page reads', () => {
  it('is refused to a page outside a language, naming why', () => {
    expect(() => readerOf(localsOf({}))).toThrow(/no language in its address/);
  });

  it('is refused as a country page to a page outside a country', () => {
    expect(() => countryPageOf(localsOf({ reader: createPageContext(snapshot, 'en') }))).toThrow(/no country in its address/);
  });
});
