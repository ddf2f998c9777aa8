import { paths } from '@infohub/content-schemas';
import type { Page } from '@playwright/test';
import { guidesSharingATitleWord } from './testing/demoContent.ts';
import { expect, test } from './testing/test.ts';

/** Searches a country's Spanish search page and returns the results' titles and addresses once the search has run. */
async function searchInSpanish(page: Page, country: string, word: string) {
  await page.goto(`${paths.search('es', country)}?q=${encodeURIComponent(word)}`);
  await expect(page.getByRole('status')).toContainText(word);
  const links = page.locator('.search-results > li').getByRole('heading').getByRole('link');
  return {
    titles: await links.allTextContents(),
    hrefs: await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? '')),
  };
}

test('a Spanish search finds a published guide by a word of its title, within its own country only', async ({ page }) => {
  // Two countries have a guide with this word in its title, so the search shows whether the country filter holds.
  const { guide, other, word } = guidesSharingATitleWord();

  const own = await searchInSpanish(page, guide.country.slug, word);
  expect(own.titles).toContain(guide.guide.title.es);
  expect(own.titles).not.toContain(other.guide.title.es);
  for (const href of own.hrefs) expect(href).toMatch(new RegExp(`^${paths.country('es', guide.country.slug)}`));

  const others = await searchInSpanish(page, other.country.slug, word);
  expect(others.titles).toContain(other.guide.title.es);
  expect(others.titles).not.toContain(guide.guide.title.es);
});
