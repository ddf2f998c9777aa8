import { readFileSync } from 'node:fs';
import { paths, type Snapshot } from '@infohub/content-schemas';
import { readPagesAndSitemaps } from './testing/builtFiles.ts';
import { draftGuides } from './testing/demoContent.ts';
import { pipeline } from './testing/paths.ts';
import { expect, test } from './testing/test.ts';

test.describe('a guide the CMS holds as a draft', () => {
  test('the demo content has drafts to check', () => {
    expect(draftGuides.length).toBeGreaterThan(0);
  });

  for (const { country, guide } of draftGuides) {
    test.describe(`"${guide.slug}" (${country.slug})`, () => {
      const titles = Object.entries(guide.title).filter(([locale]) => country.locales.includes(locale));

      test('is not in the snapshot', () => {
        const snapshot = JSON.parse(readFileSync(pipeline.snapshot, 'utf8')) as Snapshot;
        expect(snapshot.guides.filter((published) => published.country === country.slug).map((published) => published.slug)).not.toContain(
          guide.slug,
        );
      });

      test('has no page in any language', async ({ page }) => {
        for (const locale of country.locales) {
          const response = await page.goto(paths.guide(locale, country.slug, guide.slug));
          expect(response?.status(), locale).toBe(404);
        }
      });

      test('is neither linked nor named on any page or in the sitemap', () => {
        const address = `/${country.slug}/guides/${guide.slug}/`;
        const mentions = readPagesAndSitemaps(pipeline.site)
          .filter(({ text }) => text.includes(address) || titles.some(([, title]) => title && text.includes(title)))
          .map(({ name }) => name);
        expect(mentions).toEqual([]);
      });

      // The whole title, which would put the draft first were it published. Other guides may come up (when no page
      // has every word, the search tries the words one by one), but never the draft, by address or by title.
      for (const [locale, title = ''] of titles) {
        test(`a search in "${locale}" for its title does not find it`, async ({ page }) => {
          await page.goto(`${paths.search(locale, country.slug)}?q=${encodeURIComponent(title)}`);
          // The status repeats the query only once the search has run; while searching, or if it failed, it does not.
          await expect(page.getByRole('status')).toContainText(title);
          const results = page.locator('.search-results > li');
          await expect(results.locator(`a[href*="/guides/${guide.slug}/"]`)).toHaveCount(0);
          expect(await results.allInnerTexts()).not.toContainEqual(expect.stringContaining(title));
        });
      }
    });
  }
});
