import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, type Page, test } from '@playwright/test';
import { cmsRun, demoAdminLogin, demoStaffLogin, type RunningCms, startCms } from './testing/cms.ts';
import { freePort } from './testing/releaseServer.ts';

// The demo's Haitian Creole translator works on the Dominican Republic and Mexico. This Mexican guide has no
// Haitian Creole yet: four documents and four steps wait for their translation.
const guide = { es: 'Tarjeta de visitante por razones humanitarias', firstDocument: 'Constancia de solicitud de refugio' };
const translation = { title: 'Kat vizitè pou rezon imanitè', summary: 'Kijan pou w mande kat la nan Meksik.' };

// The scenario: the admin in Spanish.
test.use({ locale: 'es-ES', actionTimeout: 30_000 });
test.describe.configure({ mode: 'serial' });

// The admin's forms take a few seconds to render on a busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });

let cms: RunningCms;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // Nothing here publishes, so the CMS rebuilds nothing (and starts no site worker): the address is never visited.
  cms = await startCms(await freePort(), 'http://127.0.0.1:9', cmsRun('admin-translating'), { INFOHUB_SITE_REBUILDS: 'off' });
});

test.afterAll(async () => {
  await cms?.stop();
});

test('a translator translates beside the Spanish text and sees the guide as partly translated', async ({ page, context, browser }) => {
  test.setTimeout(240_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: cms.url });
  const { email, password } = demoStaffLogin('traductor.ht@example.org');
  await logIn(page, email, password);

  // The list in Haitian Creole names the untranslated guide by its Spanish title, not its record number.
  await page.goto(`${cms.url}/admin/collections/guides?locale=ht&limit=100`);
  const row = page.getByRole('link', { name: guide.es, exact: true });
  await expect(row).toBeVisible();
  // The language picker offers the translator's language and the Spanish source, not every language.
  await page.locator('.localizer').getByRole('button').first().click();
  await expect(page.locator('.localizer__locale-code')).toHaveCount(2);
  expect(
    await page.locator('.localizer__locale-code').evaluateAll((codes) => codes.map((code) => code.getAttribute('data-locale'))),
  ).toEqual(['es', 'ht']);
  await page.keyboard.press('Escape');
  // Rows selected: nothing to publish, unpublish or edit in bulk is offered.
  await selectFirstRow(page);
  await expect(page.getByText(/1 .* seleccionados/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^(Publicar|Despublicar|Editar)$/ })).toHaveCount(0);
  await row.click();
  await expect(page).toHaveURL(/\/admin\/collections\/guides\/\d+/);

  // Each empty field shows its Spanish text above it, array rows included.
  const titleSource = page.getByRole('group', { name: 'Español: Título' }).first();
  await expect(titleSource).toContainText(guide.es);
  const firstDocument = page.getByRole('group', { name: 'Español: Documento' }).first();
  await expect(firstDocument).toContainText(guide.firstDocument);
  await expect(page.getByRole('group', { name: 'Español: Paso' })).toHaveCount(4);

  // The heading is the Spanish title while the translation has none.
  await expect(page.locator('#field-title')).toHaveValue('');
  await expect(page.locator('h1.render-title')).toHaveText(guide.es);

  await titleSource.getByRole('button', { name: /^Copiar/ }).click();
  await expect(titleSource.getByRole('status')).toHaveText('Copiado');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(guide.es);

  const violations = await new AxeBuilder({ page })
    .include('.spanish-source')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(violations.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);

  await page.locator('#field-title').fill(translation.title);
  await expect(page.locator('h1.render-title')).toHaveText(translation.title);
  await page.locator('#field-summary').fill(translation.summary);
  await page.getByRole('button', { name: 'Guardar borrador' }).click();
  await expect(page.getByText(/guardado|actualizado/i).first()).toBeVisible();
  await page.reload();
  await expect(page.locator('#field-title')).toHaveValue(translation.title);

  // Two fields of many: partly translated, not "al día".
  const status = page.locator('[data-translation-state]').filter({ hasText: /^ht/ });
  await expect(status).toHaveAttribute('data-translation-state', 'partial');
  const [, translated, of] = /traducida en parte: (\d+) de (\d+) campos/.exec((await status.textContent()) ?? '') ?? [];
  expect(Number(translated)).toBe(2);
  expect(Number(of)).toBeGreaterThanOrEqual(10);

  // A translator saves drafts: no action that would write the published guide is offered.
  await expect(page.locator('.status__value')).toHaveText('Modificado');
  await expect(page.getByRole('button', { name: /Revertir a la versión publicada/i })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Publicar/ })).toHaveCount(0);
  const editUrl = page.url();
  const firstVersion = await openFirstVersion(page, editUrl);
  await expect(page.getByRole('button', { name: 'Restaurar esta versión' })).toBeHidden();

  // Those who may publish still have it.
  const adminPage = await (await browser.newContext({ locale: 'es-ES' })).newPage();
  const admin = demoAdminLogin();
  await logIn(adminPage, admin.email, admin.password);
  await adminPage.goto(editUrl);
  await expect(adminPage.locator('.status__value')).toHaveText('Modificado');
  await expect(adminPage.getByRole('button', { name: 'Revertir a la versión publicada' })).toBeVisible();
  await adminPage.goto(firstVersion);
  await expect(adminPage.getByRole('button', { name: 'Restaurar esta versión' })).toBeVisible();
  await adminPage.goto(`${cms.url}/admin/collections/guides?locale=ht&limit=100`);
  await selectFirstRow(adminPage);
  await expect(adminPage.getByRole('button', { name: 'Publicar', exact: true })).toBeVisible();
});

async function selectFirstRow(page: Page) {
  await page.locator('.select-row input[type="checkbox"]').first().check();
}

/** Opens the document's oldest version from its versions list, and returns its address. */
async function openFirstVersion(page: Page, editUrl: string): Promise<string> {
  await page.goto(`${editUrl.replace(/\?.*$/, '')}/versions?sort=createdAt`);
  await page.locator('table tbody tr a').first().click();
  await expect(page).toHaveURL(/\/versions\/\d+/);
  return page.url();
}

async function logIn(page: Page, email: string, password: string) {
  await page.goto(`${cms.url}/admin/login`);
  await page.locator('#field-email').fill(email);
  await page.locator('#field-password').fill(password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/admin$/);
}
