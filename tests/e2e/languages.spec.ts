import { publishedUrl } from '../testing/paths.ts';
import { expect, test } from './testing/test.ts';

test.describe('languages', () => {
  test('switching language keeps the reader on the same guide', async ({ page }) => {
    await page.goto('/es/costa-rica/guides/permiso-de-trabajo/');
    await page.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/costa-rica\/guides\/permiso-de-trabajo\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Work permit in Costa Rica');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('offers only the languages the country publishes in', async ({ page }) => {
    await page.goto('/es/costa-rica/');
    await expect(page.getByRole('navigation', { name: 'Idioma' }).getByRole('link')).toHaveText(['Español', 'English']);
    await page.goto('/es/guatemala/');
    await expect(page.getByRole('navigation', { name: 'Idioma' }).getByRole('link')).toHaveText([
      'Español',
      'English',
      'Kreyòl ayisyen',
      'العربية',
    ]);
  });

  test('a guide not yet in English says so in English and marks the Spanish text', async ({ page }) => {
    await page.goto('/en/costa-rica/guides/ofertas-de-trabajo-falsas/');
    await expect(page.getByRole('note')).toHaveText('This page is not yet available in English. It is shown in Spanish.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cómo reconocer una oferta de trabajo falsa');
    await expect(page.getByRole('heading', { name: 'Steps' })).toBeVisible();
  });

  test('a translated guide shows no notice', async ({ page }) => {
    await page.goto('/en/costa-rica/guides/permiso-de-trabajo/');
    await expect(page.getByRole('note')).toHaveCount(0);
  });

  test('pages in Haitian Creole use their own words and say what falls back', async ({ page }) => {
    await page.goto('/ht/guatemala/guides/permiso-de-trabajo/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ht');
    await expect(page.getByRole('heading', { name: 'Dokiman ou bezwen' })).toBeVisible();
    await expect(page.getByRole('note')).toContainText('Paj sa a poko disponib');
  });

  test('declares its language and every language version of the page', async ({ page }) => {
    await page.goto('/en/guatemala/guides/viajar-seguro/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));
    const path = 'guatemala/guides/viajar-seguro/';
    expect(alternates).toEqual([
      ['es', `${publishedUrl}/es/${path}`],
      ['en', `${publishedUrl}/en/${path}`],
      ['ht', `${publishedUrl}/ht/${path}`],
      ['ar', `${publishedUrl}/ar/${path}`],
      ['x-default', `${publishedUrl}/es/${path}`],
    ]);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${publishedUrl}/en/${path}`);
  });

  test('the root offers every language and leads to the one chosen', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Español' }).click();
    await expect(page).toHaveURL(/\/es\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Información para personas migrantes');
  });
});
