import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';

async function search(page: Page, path: string, label: string, query: string) {
  await page.goto(path);
  const box = page.getByRole('searchbox', { name: label });
  await box.fill(query);
  await box.press('Enter');
  const status = page.getByRole('status');
  await expect(status).toContainText(query);
  return page.locator('.search-results > li h2');
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

  test('loads Pagefind only when the reader searches', async ({ page }, testInfo) => {
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
    await search(page, '/es/costa-rica/search/', '¿Qué buscas?', 'refugio');
    await page.waitForLoadState('networkidle');
    // Only the bundle of this language and country, not the index of every country in Spanish.
    expect(pagefindFiles.map((file) => file.url)).toContain('/pagefind/es/costa-rica/pagefind.js');
    for (const file of pagefindFiles) expect(file.url).toMatch(/^\/pagefind\/es\/costa-rica\//);
    testInfo.annotations.push({
      type: 'first search fetched',
      description: pagefindFiles.map((file) => `${file.url} ${file.bytes} B`).join(', '),
    });
  });
});
