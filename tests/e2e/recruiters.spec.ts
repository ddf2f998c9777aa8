import type { Page } from '@playwright/test';
import { saveCountryInEnglish } from './testing/offline.ts';
import { expect, test } from './testing/test.ts';

/** The fixture's register for Guatemala: five entries under A, C, E, P and Z. */
const registerSize = 5;

function entry(page: Page, name: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name }) });
}

test.describe('check a recruitment agency', () => {
  test('finds an agency by name or licence number, whatever the accents and case, and says what its status is', async ({ page }) => {
    await page.goto('/es/guatemala/recruiters/');
    const query = page.getByRole('searchbox', { name: 'Nombre de la agencia o número de licencia' });
    const status = page.getByRole('status');

    await query.fill('PENA');
    await expect(status).toHaveText(`1 de ${registerSize} en el registro coinciden. Mire el estado de cada una.`);
    await expect(entry(page, 'Agencia Peña Hermanos')).toContainText('Con licencia vigente');
    await expect(entry(page, 'Zafra Internacional')).toBeHidden();

    // Another name it trades under, and a licence number typed without its dash.
    await query.fill('empleos del norte');
    await expect(entry(page, 'Agencia Peña Hermanos')).toBeVisible();
    await query.fill('mt 0150');
    await expect(status).toHaveText(`1 de ${registerSize} en el registro coinciden. Mire el estado de cada una.`);
    await expect(entry(page, 'Zafra Internacional')).toContainText('Licencia suspendida');

    await query.fill('exito');
    await expect(entry(page, 'Éxito Laboral S.A.')).toContainText('Licencia revocada');
    // Still "licensed" in the register, but past its end date when the site was built.
    await query.fill('cosecha');
    await expect(entry(page, 'Cosecha Segura')).toContainText('Licencia vencida');

    await query.fill('Agencia Fantasma');
    await expect(status).toHaveText(
      'Nada en el registro coincide con «Agencia Fantasma». Una agencia que no está en el registro no tiene licencia: no le pague.',
    );
    await expect(page.locator('[data-recruiter]:visible')).toHaveCount(0);
    await page.getByRole('link', { name: 'Qué hacer' }).click();
    await expect(page).toHaveURL(/#what-to-do$/);
    const whatToDo = page.getByRole('region', { name: 'Si la agencia no tiene licencia o no está en el registro' });
    await expect(whatToDo.getByRole('link', { name: 'Viajar de forma segura por Guatemala' })).toHaveAttribute(
      'href',
      '/es/guatemala/guides/viajar-seguro/',
    );
    await expect(whatToDo.getByRole('link', { name: 'Pida consejo en un Hub de información' })).toHaveAttribute(
      'href',
      '/es/guatemala/hubs/',
    );

    await query.fill('');
    await expect(page.locator('[data-recruiter]:visible')).toHaveCount(registerSize);
    await expect(status).toHaveText('');
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('is an alphabetical list with letter links, reached from the country’s home', async ({ page }) => {
      await page.goto('/en/guatemala/');
      await page.getByRole('link', { name: 'Check whether a recruitment agency is licensed' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a recruitment agency');
      await expect(page.getByRole('searchbox')).toHaveCount(0);

      const letters = page.getByRole('navigation', { name: 'Jump to letter' }).getByRole('link');
      await expect(letters).toHaveText(['A', 'C', 'E', 'P', 'Z']);
      await expect(page.getByRole('heading', { level: 3 })).toHaveText([
        'Agencia Peña Hermanos',
        'Cosecha Segura',
        'Éxito Laboral S.A.',
        'Programa de Trabajo Temporal en el Extranjero',
        'Zafra Internacional',
      ]);
      await letters.filter({ hasText: 'Z' }).click();
      await expect(page).toHaveURL(/#letter-Z$/);
      const zafra = entry(page, 'Zafra Internacional');
      await expect(zafra).toContainText('Licence suspended');
      await expect(zafra).toContainText('MT-0150');
      await expect(zafra.getByRole('link', { name: 'Ministerio de Trabajo y Previsión Social (ficticio)' })).toHaveAttribute(
        'href',
        'https://trabajo.example.gt/registro-de-agencias',
      );
      await expect(entry(page, 'Agencia Peña Hermanos')).toContainText('Canada and the United States');
    });
  });

  test('reads right to left in Arabic, and searches in it', async ({ page }) => {
    await page.goto('/ar/guatemala/recruiters/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('التحقق من وكالة توظيف');
    await page.getByRole('searchbox', { name: 'اسم الوكالة أو رقم الترخيص' }).fill('peña');
    await expect(page.getByRole('status')).toHaveText(`1 من ${registerSize} في السجل مطابقة. انظر إلى حالة كل منها.`);
    const pena = entry(page, 'Agencia Peña Hermanos');
    await expect(pena).toContainText('مرخّصة');
    await expect(pena).toContainText('كندا والولايات المتحدة');
    // The status starts at the right-hand edge of the entry, as the text around it does.
    const item = await pena.boundingBox();
    const badge = await pena.locator('.recruiter-status').boundingBox();
    expect(item && badge && item.x + item.width - (badge.x + badge.width)).toBeLessThan(2);
  });

  test('works with the network off once the country is saved', async ({ page, context }) => {
    await saveCountryInEnglish(page, 'guatemala');

    await context.setOffline(true);
    await page.goto('/en/guatemala/recruiters/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a recruitment agency');
    await page.getByRole('searchbox', { name: 'Agency name or licence number' }).fill('MT0107');
    await expect(entry(page, 'Éxito Laboral S.A.')).toContainText('Licence revoked');
    await expect(page.locator('[data-recruiter]:visible')).toHaveCount(1);
  });
});
