import { expect, test } from './testing/test.ts';

test.describe('home pages', () => {
  test('a first visit offers no shortcut, only the choices', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.getByRole('link', { name: /^Go to/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Forget this choice' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Costa Rica' })).toBeVisible();
  });

  test('a returning reader is offered the country and language chosen before, and is not moved by itself', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('link', { name: 'Guatemala' }).click();
    await expect(page).toHaveURL(/\/en\/guatemala\/$/);

    await page.goto('/');
    await expect(page).toHaveURL(/\/$/);
    const offer = page.getByRole('link', { name: 'Go to Guatemala in English' });
    await expect(offer).toBeVisible();
    // The root has no language of its own: the offer speaks the language that was chosen, and says so.
    await expect(page.getByText('This phone remembers your last choice.').locator('xpath=..')).toHaveAttribute('lang', 'en');

    await page.goto('/es/');
    await expect(page.getByRole('link', { name: 'Ir a Guatemala en inglés' })).toBeVisible();
    await page.getByRole('link', { name: 'Ir a Guatemala en inglés' }).click();
    await expect(page).toHaveURL(/\/en\/guatemala\/$/);
  });

  test('a country chosen in another of its languages is remembered in that language', async ({ page }) => {
    await page.goto('/fr/');
    await page.getByRole('main').getByRole('link', { name: 'Kreyòl ayisyen' }).click();
    await expect(page).toHaveURL(/\/ht\/guatemala\/$/);
    await page.goto('/fr/');
    await expect(page.getByRole('link', { name: 'Continuer : Guatemala, en créole haïtien' })).toHaveAttribute('href', '/ht/guatemala/');
  });

  test('"forget this choice" removes it from the phone', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('link', { name: 'Costa Rica' }).click();
    await page.goto('/en/');
    await page.getByRole('button', { name: 'Forget this choice' }).click();
    await expect(page.getByRole('link', { name: /^Go to/ })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.reload();
    await expect(page.getByRole('link', { name: /^Go to/ })).toHaveCount(0);
  });

  test('a remembered choice that the site no longer has is not offered', async ({ page }) => {
    await page.goto('/en/');
    await page.evaluate(() => localStorage.setItem('infohub:choice', 'fr/costa-rica'));
    await page.reload();
    await expect(page.getByRole('link', { name: /^Go to/ })).toHaveCount(0);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('the root asks for a language in each language, and the home lists the countries', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('listitem').filter({ hasText: 'Chwazi lang ou' })).toHaveAttribute('lang', 'ht');
      await page.getByRole('link', { name: 'English' }).click();
      await expect(page).toHaveURL(/\/en\/$/);
      await page.getByRole('link', { name: 'Costa Rica' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Costa Rica');
    });
  });
});
