import { expect, test } from './testing/test.ts';

test.describe('hubs', () => {
  test('the list shows how each hub helps and when it is open, and leads to the hub’s page', async ({ page }) => {
    await page.goto('/en/costa-rica/hubs/');
    const hub = page.getByRole('article', { name: 'San José Information Hub' });
    await expect(hub).toContainText('In person, By phone, By WhatsApp');
    await expect(hub.getByRole('row', { name: 'Monday' })).toHaveText('Monday08:00–17:00');
    await hub.getByRole('link', { name: 'San José Information Hub' }).click();
    await expect(page).toHaveURL(/\/en\/costa-rica\/hubs\/san-jose\/$/);
  });

  test('the country home links to each hub’s own page', async ({ page }) => {
    await page.goto('/es/costa-rica/');
    await page
      .getByRole('region', { name: 'Centros de información' })
      .getByRole('link', { name: 'Centro de Información San José' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Centro de Información San José');
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('a hub’s page shows how it helps, its hours and links to call, WhatsApp and email', async ({ page }) => {
      await page.goto('/en/costa-rica/hubs/san-jose/');
      await expect(page.getByRole('region', { name: 'How they help you' }).getByRole('listitem')).toHaveText([
        'In person',
        'By phone',
        'By WhatsApp',
      ]);
      const hours = page.getByRole('region', { name: 'Opening hours' });
      await expect(hours.getByRole('row', { name: 'Friday' })).toHaveText('Friday08:00–17:00');
      await expect(hours.getByRole('row', { name: 'Sunday' })).toHaveText('SundayClosed');
      const contact = page.getByRole('region', { name: 'Contact' });
      await expect(contact.getByRole('link', { name: 'Call +506 00002000' })).toHaveAttribute('href', 'tel:+50600002000');
      await expect(contact.getByRole('link', { name: /WhatsApp/ })).toHaveAttribute('href', 'https://wa.me/50600002001');
      await expect(contact.getByRole('link', { name: 'Email sanjose@hub.example.org' })).toHaveAttribute(
        'href',
        'mailto:sanjose@hub.example.org',
      );
      await expect(page.getByText(/Open now|Closed now/)).toHaveCount(0);
    });

    test('a hub’s page describes it as a place with opening hours in JSON-LD', async ({ page }) => {
      await page.goto('/en/guatemala/hubs/tecun-uman/');
      const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
      expect(data).toMatchObject({
        '@type': 'Place',
        name: 'Tecún Umán Information Hub',
        openingHoursSpecification: [
          { opens: '08:00', closes: '16:00', dayOfWeek: expect.arrayContaining(['https://schema.org/Saturday']) },
        ],
      });
    });
  });

  test('a hub’s page says it is open now by the hub’s clock', async ({ page }) => {
    // Saturday 28 November 2026, 10:00 in Guatemala (UTC−6): the Tecún Umán hub opens Monday to Saturday.
    await page.clock.setFixedTime(new Date('2026-11-28T16:00:00Z'));
    await page.goto('/ht/guatemala/hubs/tecun-uman/');
    await expect(page.getByText('Louvri kounye a')).toBeVisible();
  });
});
