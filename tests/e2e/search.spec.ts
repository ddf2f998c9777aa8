import type { Page } from '@playwright/test';
import { expect, test } from './testing/test.ts';

async function search(page: Page, path: string, label: string, query: string) {
  await page.goto(path);
  const box = page.getByRole('searchbox', { name: label });
  await box.fill(query);
  await box.press('Enter');
  const status = page.getByRole('status');
  await expect(status).toContainText(query);
  return page.locator('.search-results > li h2');
}

/** A change of filter runs the search again at once; the list is marked busy until its results are in. */
async function searchDone(page: Page) {
  await expect(page.locator('.search-results')).not.toHaveAttribute('aria-busy', 'true');
}

test.describe('search', () => {
  test('in Spanish finds the country’s guide and nothing from another country', async ({ page }) => {
    const results = await search(page, '/es/costa-rica/search/', '¿Qué buscas?', 'permiso de trabajo');
    await expect(results.filter({ hasText: 'Permiso de trabajo en Costa Rica' })).toHaveCount(1);
    await expect(results.filter({ hasText: 'Guatemala' })).toHaveCount(0);
    await expect(page.locator('.search-results a').first()).toHaveAttribute('href', /^\/es\/costa-rica\//);
    for (const href of await page.locator('.search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
      expect(href).toMatch(/^\/es\/costa-rica\//);
    }
  });

  test('in English finds the country’s guide and nothing from another country', async ({ page }) => {
    const results = await search(page, '/en/costa-rica/search/', 'What are you looking for?', 'work permit');
    await expect(results.filter({ hasText: 'Work permit in Costa Rica' })).toHaveCount(1);
    await expect(results.filter({ hasText: 'Guatemala' })).toHaveCount(0);
    for (const href of await page.locator('.search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
      expect(href).toMatch(/^\/en\/costa-rica\//);
    }
  });

  test('the other country finds its own guide', async ({ page }) => {
    const results = await search(page, '/en/guatemala/search/', 'What are you looking for?', 'work permit');
    await expect(results.filter({ hasText: 'Work permit for foreign nationals in Guatemala' })).toHaveCount(1);
    await expect(results.filter({ hasText: 'Costa Rica' })).toHaveCount(0);
  });

  test('finds a service and links to its own page', async ({ page }) => {
    await search(page, '/es/guatemala/search/', '¿Qué buscas?', 'albergue');
    await expect(page.locator('.search-results a[href="/es/guatemala/services/albergue-tecun-uman/"]')).toBeVisible();
  });

  test('finds a hub and links to its own page', async ({ page }) => {
    await search(page, '/en/costa-rica/search/', 'What are you looking for?', 'hub');
    await expect(page.locator('.search-results a[href="/en/costa-rica/hubs/san-jose/"]')).toBeVisible();
  });

  test('says so when nothing matches', async ({ page }) => {
    await search(page, '/en/costa-rica/search/', 'What are you looking for?', 'zzzzqqq');
    await expect(page.getByRole('status')).toHaveText(/No results for “zzzzqqq”/);
  });

  test('keeps what was searched out of the address, so the history of a shared phone does not show it', async ({ page }) => {
    await search(page, '/es/costa-rica/search/', '¿Qué buscas?', 'refugio');
    expect(new URL(page.url()).search).toBe('');
  });

  test('runs the query given in the address, so a search can be shared', async ({ page }) => {
    await page.goto('/es/costa-rica/search/?q=refugio');
    await expect(page.locator('.search-results > li h2').filter({ hasText: 'Pedir refugio en Costa Rica' })).toBeVisible();
  });

  test('loads nothing for search until the reader focuses the box, then one shared runtime and this country’s index', async ({
    page,
  }, testInfo) => {
    const pagefindFiles: { url: string; bytes: number }[] = [];
    page.on('requestfinished', async (request) => {
      if (!request.url().includes('/pagefind/')) return;
      const sizes = await request.sizes();
      pagefindFiles.push({ url: new URL(request.url()).pathname, bytes: sizes.responseBodySize });
    });
    await page.goto('/es/costa-rica/guides/permiso-de-trabajo/');
    await page.goto('/es/costa-rica/search/');
    await page.waitForLoadState('networkidle');
    expect(pagefindFiles).toEqual([]);
    await page.getByRole('searchbox', { name: '¿Qué buscas?' }).focus();
    await expect.poll(() => pagefindFiles.map((file) => file.url)).toContain('/pagefind/pagefind.js');
    await search(page, '/es/costa-rica/search/', '¿Qué buscas?', 'refugio');
    await page.waitForLoadState('networkidle');
    const urls = pagefindFiles.map((file) => file.url);
    // The runtime is one for every country (so it stays cached across countries); the index is this country's only.
    expect(urls).toContain('/pagefind/wasm.es.pagefind');
    expect(urls.some((url) => url.startsWith('/pagefind/es/costa-rica/'))).toBe(true);
    for (const url of urls) expect(url).toMatch(/^\/pagefind\/(es\/costa-rica\/|[^/]+$|index\/|fragment\/)/);
    testInfo.annotations.push({
      type: 'first search fetched',
      description: pagefindFiles.map((file) => `${file.url} ${file.bytes} B`).join(', '),
    });
  });

  test('finds what readers type: no accents, other words for the same thing', async ({ page }) => {
    let results = await search(page, '/es/costa-rica/search/', '¿Qué buscas?', 'visa de trabajo');
    await expect(results.filter({ hasText: 'Permiso de trabajo en Costa Rica' })).toHaveCount(1);
    results = await search(page, '/es/costa-rica/search/', '¿Qué buscas?', 'asesoria legal');
    await expect(results.filter({ hasText: 'Asesoría legal gratuita' })).toHaveCount(1);
  });

  test('each result says its type and topic, and the count is announced', async ({ page }) => {
    await search(page, '/en/costa-rica/search/', 'What are you looking for?', 'work permit');
    const guide = page.locator('.search-results > li').filter({ hasText: 'Work permit in Costa Rica' });
    await expect(guide.locator('.meta')).toHaveText('Guide · Work');
    await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “work permit”/);
  });

  test('filters by type of page and by topic, with labelled controls', async ({ page }) => {
    await search(page, '/es/costa-rica/search/', '¿Qué buscas?', 'legal');
    await page.getByLabel('Tipo de página').selectOption({ label: 'Servicios' });
    await searchDone(page);
    const metas = page.locator('.search-results > li .meta');
    await expect(metas.first()).toHaveText('Servicio');
    for (const meta of await metas.allTextContents()) expect(meta).toBe('Servicio');

    await search(page, '/es/costa-rica/search/', '¿Qué buscas?', 'trabajo');
    await page.getByLabel('Tema').selectOption({ label: 'Riesgos y estafas' });
    await searchDone(page);
    await expect(page.locator('.search-results > li h2')).toHaveText(['Cómo reconocer una oferta de trabajo falsa']);
  });

  test('can search every country, and then says which country each result is in', async ({ page }) => {
    let results = await search(page, '/en/costa-rica/search/', 'What are you looking for?', 'work permit');
    await expect(results.filter({ hasText: 'Guatemala' })).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Search every country' }).check();
    await searchDone(page);
    results = page.locator('.search-results > li h2');
    const guatemalan = page.locator('.search-results > li').filter({ hasText: 'Work permit for foreign nationals in Guatemala' });
    await expect(guatemalan.locator('.meta')).toHaveText('Guide · Work · Guatemala');
    await expect(results.filter({ hasText: 'Work permit in Costa Rica' })).toHaveCount(1);
  });
});
