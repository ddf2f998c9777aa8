import { expect, test } from './testing/test.ts';

test.describe('review dates', () => {
  test('a hub whose review is overdue says so, in the reader’s language, beside its review date', async ({ page }) => {
    // The fixture's Tecún Umán hub was last reviewed on 1 December 2025, every 90 days: due on 1 March 2026.
    await page.goto('/ht/guatemala/hubs/tecun-uman/');
    await expect(page.getByText('Dènye verifikasyon: 1 desanm 2025, pa Centro de Información Tecún Umán.')).toBeVisible();
    const note = page.getByRole('note').filter({ hasText: 'Yo te dwe verifye paj sa a ankò anvan 1 mas 2026.' });
    await expect(note).toBeVisible();
    await expect(note).toContainText('konfime yo ak òganizasyon an');
  });

  test('a hub reviewed within its interval carries no such note', async ({ page }) => {
    // Reviewed on 1 October 2026, due on 30 December: the fixture was exported on 20 November.
    await page.goto('/es/costa-rica/hubs/san-jose/');
    await expect(page.getByText('Revisado por última vez el 1 de octubre de 2026.')).toBeVisible();
    await expect(page.locator('[data-review-overdue]')).toHaveCount(0);
  });
});
