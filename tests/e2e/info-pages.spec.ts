import { siteString } from '../testing/siteStrings.ts';
import { expect, test } from './testing/test.ts';

test.describe('about, privacy and accessibility pages', () => {
  test('every page links to them in its footer, in the reader’s language', async ({ page }) => {
    await page.goto('/ht/guatemala/guides/permiso-de-trabajo/');
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link')).toContainText(['Kiyès nou ye', 'Vi prive', 'Aksesibilite']);
    await footer.getByRole('link', { name: 'Vi prive' }).click();
    await expect(page).toHaveURL(/\/ht\/privacy\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vi prive');
    await expect(page.getByRole('note')).toHaveCount(0);
  });

  test('the privacy page says how to remove what stays on the phone, with boxes to tick', async ({ page }) => {
    await page.goto('/en/privacy/');
    await expect(page.getByRole('main')).toContainText('It uses no cookies.');
    await expect(page.getByRole('main')).toContainText('Forget this choice');
    // The page must name the buttons the reader will actually see.
    await expect(page.getByRole('main')).toContainText(siteString('en', 'offline.save'));
    await expect(page.getByRole('main')).toContainText(siteString('en', 'offline.remove'));
    const tick = page.getByRole('checkbox', { name: /Forget this choice/ });
    await tick.check();
    await expect(tick).toBeChecked();
  });

  test('the accessibility statement names its target and sends problems to a hub in the reader’s language', async ({ page }) => {
    await page.goto('/fr/accessibility/');
    await expect(page.getByRole('main')).toContainText('WCAG) 2.2');
    // Neither country publishes in French: the hubs pages are offered in Spanish, and say so with hreflang.
    const hubs = page.getByRole('link', { name: 'Centres d’information : Guatemala' });
    await expect(hubs).toHaveAttribute('href', '/es/guatemala/hubs/');
    await expect(hubs).toHaveAttribute('hreflang', 'es');
    await hubs.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Centros de información');
  });

  test('the about page warns that the information is free', async ({ page }) => {
    await page.goto('/es/about/');
    await expect(page.getByText('Esta información es gratis')).toBeVisible();
    await page.goto('/en/about/');
    await expect(page.getByRole('link', { name: 'Information hubs in Costa Rica' })).toHaveAttribute('href', '/en/costa-rica/hubs/');
  });

  test('can be read and used with the keyboard alone', async ({ page }) => {
    await page.goto('/en/privacy/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox').first()).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox').first()).toBeChecked();
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('they are complete', async ({ page }) => {
      await page.goto('/es/accessibility/');
      await expect(page.getByRole('heading', { name: 'Avísanos de un problema' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Centros de información en Costa Rica' })).toBeVisible();
    });
  });
});
