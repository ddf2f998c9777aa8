import type { Page } from '@playwright/test';

/**
 * Runs a search on a page that offers one (the search box appears once its script has run), with a word the page
 * itself links to, so there is something to find in any language. Returns false when the page has no search box.
 */
export async function searchFromPage(page: Page): Promise<boolean> {
  const box = page.locator('[data-search] input[type="search"]');
  if ((await box.count()) === 0) return false;
  await box.waitFor({ state: 'visible' });
  const linkText = await page.locator('main a').first().textContent();
  const word = (linkText ?? '').trim().split(/\s+/)[0] ?? '';
  await box.fill(word);
  await box.press('Enter');
  // The results list fills in once Pagefind (script, worker, WebAssembly, index) has answered.
  await page.locator('[data-search] ol > li').first().waitFor();
  return true;
}
