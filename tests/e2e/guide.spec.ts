import { gzipSync } from 'node:zlib';
import { expect, test } from './testing/test.ts';

const guide = '/es/costa-rica/guides/permiso-de-trabajo/';

test.describe('a guide page', () => {
  test('shows the documents to bring as a checklist the reader can tick', async ({ page }) => {
    await page.goto(guide);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Permiso de trabajo en Costa Rica');
    const documents = page.getByRole('region', { name: 'Documentos que necesitas' });
    await expect(documents.getByRole('listitem')).toHaveCount(4);
    const passport = documents.getByRole('checkbox', { name: /Pasaporte vigente/ });
    await passport.check();
    await expect(passport).toBeChecked();
  });

  test('shows the steps as an ordered list, then cost, time and where to apply', async ({ page }) => {
    await page.goto(guide);
    const steps = page.getByRole('region', { name: 'Pasos' }).getByRole('list');
    await expect(steps).toHaveJSProperty('tagName', 'OL');
    await expect(steps.getByRole('listitem')).toHaveText([
      /Reúne los documentos/,
      /Paga el trámite en el banco/,
      /Pide una cita/,
      /Entrega los documentos/,
    ]);
    await expect(page.getByRole('definition').filter({ hasText: 'USD 50' })).toBeVisible();
    await expect(page.getByText('Entre 1 y 3 meses')).toBeVisible();
    await expect(page.getByText('Oficina central de migración, San José')).toBeVisible();
  });

  test('links its official sources and says when and by whom it was last reviewed', async ({ page }) => {
    await page.goto(guide);
    await expect(page.getByRole('region', { name: 'Fuentes oficiales' }).getByRole('link')).toHaveAttribute(
      'href',
      'https://migracion.example.org/permisos',
    );
    await expect(page.getByText('Revisado por última vez el 1 de octubre de 2026 por Centro de Información San José.')).toBeVisible();
  });

  test('says on every page that the content is a fictional demo, in the reader’s language', async ({ page }) => {
    await page.goto(guide);
    await expect(page.getByText(/Contenido de demostración: .* no es asesoría legal/)).toBeVisible();
    await page.goto('/en/guatemala/services/');
    await expect(page.getByText(/Demo content: .* not legal advice/)).toBeVisible();
  });

  test('prints without navigation, language links or the checklist hint', async ({ page }) => {
    await page.goto(guide);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Menú principal' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Idioma' })).toBeHidden();
    await expect(page.getByText('Marca cada documento cuando ya lo tengas.')).toBeHidden();
    await expect(page.getByRole('region', { name: 'Pasos' })).toBeVisible();
  });

  test('stays within 14 KB of compressed HTML and CSS', async ({ request }) => {
    const response = await request.get(guide);
    const html = await response.body();
    expect(html.toString()).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(gzipSync(html).length).toBeLessThanOrEqual(14 * 1024);
  });
});
