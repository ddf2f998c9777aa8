import { expect, test } from './testing/test.ts';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a guide is complete and readable', async ({ page }) => {
    await page.goto('/es/costa-rica/guides/permiso-de-trabajo/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Permiso de trabajo en Costa Rica');
    await expect(page.getByRole('region', { name: 'Documentos que necesitas' }).getByRole('checkbox')).toHaveCount(4);
    await expect(page.getByRole('region', { name: 'Pasos' }).getByRole('listitem')).toHaveCount(4);
    await expect(page.getByRole('region', { name: 'Más información' })).toContainText('Nadie puede quedarse con tu pasaporte.');
  });

  test('the search page offers links to browse instead of a search box that cannot work', async ({ page }) => {
    await page.goto('/en/costa-rica/search/');
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await expect(page.getByText('To search by words, this page needs JavaScript.')).toBeVisible();
    const browse = page.getByRole('region', { name: 'Browse the information' });
    await expect(browse.getByRole('link')).toHaveText(['Documents and permits', 'Work', 'Risks and scams', 'Services', 'Information hubs']);
    await browse.getByRole('link', { name: 'Work' }).click();
    await expect(page.getByRole('link', { name: 'Work permit in Costa Rica' })).toBeVisible();
  });

  test('the root still leads to a language', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Kreyòl ayisyen' }).click();
    await expect(page).toHaveURL(/\/ht\/$/);
  });
});
