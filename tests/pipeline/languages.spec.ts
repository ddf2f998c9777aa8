import { getLocale, isLocaleCode, localeCodes, paths } from '@infohub/content-schemas';
import { demoCountries, publishedGuide } from './testing/demoContent.ts';
import { expect, test } from './testing/test.ts';

const languageLabel = (code: string) => (isLocaleCode(code) ? getLocale(code).label : code);

test.describe('languages, from the CMS to the site', () => {
  test('a guide written in Spanish and English shows in each, and the language links go between them', async ({ page }) => {
    const { country, guide } = publishedGuide('written in Spanish and English in a country that publishes both', (entry) =>
      Boolean(entry.country.locales.includes('en') && entry.guide.title.es && entry.guide.title.en),
    );
    await page.goto(paths.guide('es', country.slug, guide.slug));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title.es ?? '');

    await page
      .getByRole('navigation', { name: 'Idioma' })
      .getByRole('link', { name: languageLabel('en') })
      .click();
    await expect(page).toHaveURL(paths.guide('en', country.slug, guide.slug));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title.en ?? '');
    // A Spanish fallback would be marked lang="es"; parts of the guide may still be, and say so in a note.
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', 'es');

    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: languageLabel('es') })
      .click();
    await expect(page).toHaveURL(paths.guide('es', country.slug, guide.slug));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title.es ?? '');
  });

  test('a guide left without English says so on its English page and shows the Spanish', async ({ page }) => {
    const { country, guide } = publishedGuide('without an English title in a country that publishes English', (entry) =>
      Boolean(entry.country.locales.includes('en') && !entry.guide.title.en),
    );
    await page.goto(paths.guide('en', country.slug, guide.slug));
    await expect(page.getByRole('note')).toHaveText('This page is not yet available in English. It is shown in Spanish.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title.es ?? '');
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'es');
  });

  test('every country has a home in each language it publishes, and in no other', async ({ page }) => {
    for (const country of demoCountries) {
      for (const locale of localeCodes) {
        const response = await page.goto(paths.country(locale, country.slug));
        if (!country.locales.includes(locale)) {
          expect(response?.status(), `${locale} ${country.slug}`).toBe(404);
          continue;
        }
        expect(response?.status(), `${locale} ${country.slug}`).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(country.name[locale] ?? country.name.es ?? '');
      }
    }
  });
});
