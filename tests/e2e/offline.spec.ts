import { saveCountryInEnglish, waitUntilKept } from './testing/offline.ts';
import { expect, test } from './testing/test.ts';

test.describe('reading offline', () => {
  test('a page read once opens again with the network off, saying it is a copy and from when', async ({ page, context }) => {
    const guide = '/es/costa-rica/guides/permiso-de-trabajo/';
    await page.goto(guide);
    await expect(page.locator('[data-offline-notice]')).toBeHidden();
    await waitUntilKept(page);

    await context.setOffline(true);
    await page.reload();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Permiso de trabajo en Costa Rica');
    const today = new Date();
    const months = [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ];
    await expect(page.getByRole('status').filter({ hasText: 'copia guardada' })).toHaveText(
      `Estás leyendo una copia guardada en este teléfono el ${today.getUTCDate()} de ${months[today.getUTCMonth()]} de ${today.getUTCFullYear()}. Puede estar desactualizada: vuelve a abrir la página cuando tengas internet.`,
    );
  });

  test("a page never opened shows the offline page in the reader's language", async ({ page, context }) => {
    await page.goto('/en/costa-rica/');
    await waitUntilKept(page);

    await context.setOffline(true);
    await page.goto('/en/guatemala/guides/viajar-seguro/');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No connection');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveURL(/\/en\/guatemala\/guides\/viajar-seguro\/$/);
  });

  test("saving a country keeps all its pages in the reader's language until the reader removes them", async ({ page, context }) => {
    await page.goto('/en/guatemala/');
    await waitUntilKept(page);
    const saving = page.getByRole('region', { name: 'Read without internet' });
    const list = (await (await page.request.get('/en/guatemala/offline-pages.json')).json()) as { pages: string[] };

    await saving.getByRole('button', { name: 'Save the pages' }).click();
    await expect(saving.getByRole('status')).toHaveText(new RegExp(`^${list.pages.length} pages were saved on \\w+ \\d+, \\d{4}\\.`));
    await expect(saving.getByRole('button', { name: 'Update the saved pages' })).toBeVisible();

    await context.setOffline(true);
    await page.goto('/en/guatemala/guides/viajar-seguro/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Travelling safely through Guatemala');
    await expect(page.getByRole('status').filter({ hasText: 'You are reading a copy saved on this phone' })).toBeVisible();

    // Another country was never saved: the offline page offers the one that was.
    await page.goto('/en/costa-rica/guides/permiso-de-trabajo/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No connection');
    await expect(
      page.getByRole('region', { name: 'Countries saved on this phone' }).getByRole('link', { name: 'Guatemala' }),
    ).toHaveAttribute('href', '/en/guatemala/');

    await context.setOffline(false);
    await page.goto('/en/guatemala/');
    await expect(saving.getByRole('status')).toContainText('pages were saved on');
    await saving.getByRole('button', { name: 'Remove the saved pages' }).click();
    await expect(saving.getByRole('status')).toHaveText('The saved pages were removed from this phone.');
    await expect(saving.getByRole('button', { name: 'Remove the saved pages' })).toBeHidden();

    await context.setOffline(true);
    await page.goto('/en/guatemala/guides/viajar-seguro/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No connection');
  });

  test("a saved country can be searched with the network off, its guides' images shown at their smallest size", async ({
    page,
    context,
  }) => {
    await saveCountryInEnglish(page, 'guatemala');
    const { images } = (await (await page.request.get('/en/guatemala/offline-pages.json')).json()) as {
      images: { url: string; standsFor: string[] }[];
    };

    await context.setOffline(true);
    await page.goto('/en/guatemala/search/');
    const box = page.getByRole('searchbox', { name: 'What are you looking for?' });
    await box.fill('residence');
    await box.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'residence' })).toHaveText(/^\d+ results? for .residence.$/);
    const result = page.locator('.search-results a[href="/en/guatemala/guides/residencia-temporal/"]');
    await expect(result).toBeVisible();
    // A second search runs from the phone too.
    await box.fill('work permit');
    await box.press('Enter');
    await expect(page.locator('.search-results a[href="/en/guatemala/guides/permiso-de-trabajo/"]')).toBeVisible();

    // The guide opens with its picture: the phone kept the smallest file, which stands in for the larger one this
    // wide window asks for.
    await page.goto('/en/guatemala/guides/residencia-temporal/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Temporary residence in Guatemala');
    const picture = page.locator('main picture img');
    await picture.scrollIntoViewIfNeeded();
    const shown = () =>
      page.evaluate(
        "(({ naturalWidth, currentSrc }) => naturalWidth > 0 && new URL(currentSrc).pathname)(document.querySelector('main picture img'))",
      );
    await expect.poll(shown).toBeTruthy();
    const asked = (await shown()) as string;
    expect(images.some((image) => image.standsFor.includes(asked))).toBe(true);
  });

  test("saving says so in the reader's language when the pages cannot be downloaded", async ({ page, context }) => {
    await page.goto('/es/costa-rica/');
    await waitUntilKept(page);
    await context.setOffline(true);

    await page.getByRole('button', { name: 'Guardar las páginas' }).click();

    await expect(page.getByRole('region', { name: 'Leer sin internet' }).getByRole('status')).toHaveText(
      'No se pudieron guardar las páginas. Revisa tu conexión a internet y vuelve a intentarlo.',
    );
  });

  test('the save button stays out of a page read without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/es/costa-rica/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Costa Rica');
    await expect(page.getByRole('region', { name: 'Leer sin internet' })).toBeHidden();
    await context.close();
  });

  test('the service worker and the manifest are served from the site itself', async ({ request }) => {
    const worker = await request.get('/sw.js');
    expect(worker.status()).toBe(200);
    expect(worker.headers()['content-type']).toMatch(/javascript/);
    const manifest = await request.get('/manifest.webmanifest');
    expect(manifest.headers()['content-type']).toMatch(/manifest\+json/);
    const { icons, start_url } = (await manifest.json()) as { icons: { src: string }[]; start_url: string };
    expect(start_url).toBe('/es/');
    for (const icon of icons) expect((await request.get(icon.src)).headers()['content-type']).toBe('image/png');
  });
});
