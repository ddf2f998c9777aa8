import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { cmsRun, demoStaffLogin, type RunningCms, startCms } from './testing/cms.ts';
import { freePort } from './testing/releaseServer.ts';

// The Honduras editor, with the admin in Spanish as most editors have it.
test.use({ actionTimeout: 30_000, locale: 'es-ES' });
test.describe.configure({ mode: 'serial', timeout: 120_000 });

let cms: RunningCms;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // Drafts only: what is checked is the admin page and the stored services, not the site.
  cms = await startCms(await freePort(), 'http://127.0.0.1:9', cmsRun('admin-import'), { INFOHUB_SITE_REBUILDS: 'off' });
});

test.afterAll(async () => {
  await cms?.stop();
});

// Headers from the Spanish template; the second row's phone cannot be dialled and its opening hours cannot be read.
const header = 'Slug (URL);Nombre (es);Organización;Categoría;Ciudad;Descripción (es);Teléfono 1;Horario';
const goodRows = [
  'asesoria-importada;Asesoría importada;Pastoral de Movilidad Humana;Asesoría legal;Choluteca;Orientación legal.;+50427801234;Mo-Fr 08:00-16:00',
  'albergue-importado;Albergue importado;Casa Refugio;Albergue;Choluteca;Tres noches.;+50427805678;Mo-Su 00:00-24:00',
];
const csv = (rows: string[]) => ({ name: 'servicios.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...rows].join('\n')) });

async function signIn(page: import('@playwright/test').Page, email: string) {
  const login = await page.request.post(`${cms.url}/api/users/login`, { data: demoStaffLogin(email) });
  expect(login.ok()).toBe(true);
}

test('an editor checks a file, reads its problems by row, field and language, then imports a good one as drafts', async ({ page }) => {
  await signIn(page, 'editora.honduras@example.org');
  await page.goto(`${cms.url}/admin/import-services`);
  await expect(page.getByRole('heading', { level: 1, name: 'Importar servicios' })).toBeVisible({ timeout: 30_000 });
  // Only the editor's own country is offered.
  await expect(page.getByLabel('País').locator('option')).toHaveText(['Honduras']);
  await expect(page.getByRole('link', { name: /Plantilla con encabezados en español/ })).toHaveAttribute(
    'href',
    /import-template\?language=es/,
  );

  const fileInput = page.getByLabel('Hoja de cálculo (.csv o .xlsx)');
  await fileInput.setInputFiles(csv([goodRows[0] ?? '', 'mal-servicio;Mal servicio;ONG;Salud;Choluteca;Texto.;2222;lunes a viernes']));
  await page.getByRole('button', { name: 'Comprobar el archivo' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'El archivo tiene 2 problemas' });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  await expect(fileInput).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await fileInput.getAttribute('aria-describedby')) ?? '';
  expect(describedBy.split(' ')).toContain(await alert.getAttribute('id'));
  const problems = page.getByRole('table');
  await expect(problems.getByRole('columnheader')).toHaveText(['Dónde', 'Campo', 'Idioma', 'Problema']);
  await expect(problems.getByRole('row').filter({ hasText: 'phones.0.number' })).toContainText('fila 3');
  await expect(problems.getByRole('row').filter({ hasText: 'openingHours' })).toContainText('no se puede leer como horario');
  await expect(page.getByRole('button', { name: /^Importar/ })).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).include('.import-services').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  await fileInput.setInputFiles(csv(goodRows));
  await page.getByRole('button', { name: 'Comprobar el archivo' }).click();
  await expect(page.getByRole('heading', { name: 'Lo que hará la importación' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('table').getByRole('row').filter({ hasText: 'albergue-importado' })).toContainText('se habría creado');
  const before = await page.request.get(`${cms.url}/api/services?where[slug][equals]=albergue-importado&draft=true&depth=0`);
  expect((await before.json()).totalDocs, 'the check wrote nothing').toBe(0);

  await page.getByRole('button', { name: 'Importar 2 servicios' }).click();
  await expect(page.getByRole('heading', { name: 'Importado' })).toBeVisible({ timeout: 30_000 });
  const after = await page.request.get(`${cms.url}/api/services?where[slug][equals]=albergue-importado&draft=true&depth=0&locale=es`);
  expect((await after.json()).docs).toMatchObject([{ name: 'Albergue importado', category: 'shelter', _status: 'draft' }]);
  const axeReport = await new AxeBuilder({ page }).include('.import-services').analyze();
  expect(axeReport.violations.map((violation) => violation.id)).toEqual([]);

  // Not into another country, even by calling the endpoint directly.
  const elsewhere = await page.request.post(`${cms.url}/api/services/import`, {
    multipart: { file: csv(goodRows), _payload: JSON.stringify({ country: 'guatemala', dryRun: true }) },
  });
  expect(elsewhere.status()).toBe(403);
});

test('a translator is offered no import and refused by the endpoint', async ({ page }) => {
  await signIn(page, 'traductor.ht@example.org');
  await page.goto(`${cms.url}/admin/import-services`);
  await expect(page.getByText('Solo los administradores y los editores de país importan servicios.')).toBeVisible({ timeout: 30_000 });
  const refused = await page.request.post(`${cms.url}/api/services/import`, {
    multipart: { file: csv(goodRows), _payload: JSON.stringify({ country: 'honduras', dryRun: true }) },
  });
  expect(refused.status()).toBe(403);
});
