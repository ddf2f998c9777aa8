import { expect, test } from './testing/test.ts';

test.describe('country pages', () => {
  test('the country home lists topics, current alerts, hubs and emergency numbers to call', async ({ page }) => {
    await page.goto('/es/costa-rica/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Costa Rica');
    await expect(page.getByRole('region', { name: 'Avisos importantes' })).toContainText('Cuidado con ofertas de trabajo falsas');
    await expect(page.getByRole('region', { name: 'Temas' }).getByRole('link')).toHaveText([
      'Documentos y permisos',
      'Trabajo',
      'Riesgos y estafas',
    ]);
    await expect(page.getByRole('region', { name: 'Números de emergencia' }).getByRole('link', { name: '911' })).toHaveAttribute(
      'href',
      'tel:911',
    );
    await expect(page.getByRole('region', { name: 'Centros de información' })).toContainText('Centro de Información San José');
  });

  test('a topic page lists its guides', async ({ page }) => {
    await page.goto('/en/guatemala/riesgos/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Risks and scams');
    await expect(page.getByRole('main').getByRole('link')).toHaveText(['Travelling safely through Guatemala']);
  });

  test('the language home lists every country, with the languages of those not in the reader’s', async ({ page }) => {
    await page.goto('/fr/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Informations pour les personnes migrantes');
    await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: 'Costa Rica' }).getByRole('link')).toHaveText([
      'Español',
      'English',
    ]);
  });

  test('an unknown address gets the 404 page, in every language', async ({ page }) => {
    const response = await page.goto('/es/costa-rica/guides/no-existe/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No encontramos esta página');
    await expect(page.getByRole('heading', { name: 'We could not find this page' })).toBeVisible();
  });
});
