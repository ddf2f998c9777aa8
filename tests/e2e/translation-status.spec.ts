import { expect, test } from './testing/test.ts';

test.describe('translation status', () => {
  test('an outdated translation says so in its language and links to the up-to-date Spanish page', async ({ page }) => {
    await page.goto('/en/guatemala/guides/residencia-temporal/');
    const notice = page.getByRole('note').filter({ hasText: 'out of date' });
    await expect(notice).toHaveText(
      'This translation may be out of date: the Spanish version was updated on June 10, 2026. Read the Spanish version',
    );
    await notice.getByRole('link', { name: 'Read the Spanish version' }).click();
    await expect(page).toHaveURL(/\/es\/guatemala\/guides\/residencia-temporal\/$/);
    await expect(page.getByRole('note').filter({ hasText: 'desactualizada' })).toHaveCount(0);
  });
});
