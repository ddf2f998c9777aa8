import type { Page } from '@playwright/test';
import { pageTypes, requireSamples } from '../testing/pageTypes.ts';
import { builtSite } from '../testing/paths.ts';
import { searchFromPage } from '../testing/searchPage.ts';
import { pageViolations, watchViolations } from './testing/cspViolations.ts';
import { expect, test } from './testing/test.ts';

/**
 * What the site keeps about a reader and tells others: readers may be looking up asylum or trafficking on a phone
 * they share. Every request goes to the site itself, nothing sets a cookie, and the browser's storage holds only
 * what the site means to keep there.
 *
 * What the site keeps (checked below): in localStorage only the country and language a reader chose on a home page
 * (`infohub:choice`, offered again on the next visit, with a "forget" button; the privacy page says so). Pages kept
 * for offline reading live in Cache Storage, which the privacy page describes too. Any other key fails.
 *
 * The same page loads check that the page breaks none of its Content-Security-Policy (csp.spec.ts checks the
 * policy itself): loading every page twice, once per concern, cost CI two minutes.
 */
const intendedStorageKeys: readonly string[] = ['infohub:choice'];

async function storageKeys(page: Page) {
  return page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
}

for (const type of pageTypes) {
  test(`${type}: asks only the site itself, sets no cookie, stores nothing it does not mean to and breaks none of its security policy, searching included`, async ({
    context,
    page,
    baseURL,
  }) => {
    const siteOrigin = new URL(baseURL ?? '').origin;
    const requests: string[] = [];
    const cookiesSet: string[] = [];
    // Context-wide: pages, their dedicated workers (Pagefind's) and service workers all report here.
    context.on('request', (request) => requests.push(request.url()));
    context.on('response', async (response) => {
      const cookie = await response.headerValue('set-cookie');
      if (cookie !== null) cookiesSet.push(`${response.url()}: ${cookie}`);
    });
    page.on('worker', (worker) => requests.push(worker.url()));
    const consoleViolations = await watchViolations(context, page);

    let searched = false;
    for (const sample of requireSamples(builtSite, type, 'fixture')) {
      await test.step(`${sample.lang} ${sample.url}`, async () => {
        await page.goto(sample.url);
        await page.waitForLoadState('networkidle');
        if (await searchFromPage(page)) {
          searched = true;
          await page.waitForLoadState('networkidle');
        }
        const keys = await storageKeys(page);
        expect([...keys.local, ...keys.session].filter((key) => !intendedStorageKeys.includes(key))).toEqual([]);
        expect(await pageViolations(page), 'the page breaks none of its security policy').toEqual([]);
      });
    }

    // Where the page searched, Pagefind's WebAssembly must have been fetched, or its requests were never checked.
    if (searched) expect(requests.some((url) => /\/pagefind\/.*wasm\./.test(url))).toBe(true);
    const elsewhere = requests.filter((url) => {
      const parsed = new URL(url);
      // A data: URL (the empty icon) is read from the page itself; a blob: URL names its origin inside it.
      if (parsed.protocol === 'data:') return false;
      const origin = parsed.protocol === 'blob:' ? new URL(parsed.pathname).origin : parsed.origin;
      return origin !== siteOrigin;
    });
    expect(elsewhere).toEqual([]);
    expect(cookiesSet).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(consoleViolations, 'no worker or page reported a refusal of the security policy').toEqual([]);
  });
}

test('the search page sends what was searched to no one, not even the site', async ({ context, page }) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const [search] = pageTypes.filter((type) => type.endsWith('/search')).flatMap((type) => requireSamples(builtSite, type, 'fixture'));
  expect(search).toBeDefined();
  await page.goto(search?.url ?? '');
  await searchFromPage(page);
  const term = await page.locator('[data-search] input[type="search"]').inputValue();
  expect(term).not.toBe('');
  // Pagefind fetches index chunks by hash; the words typed never leave the phone.
  expect(requests.filter((url) => decodeURIComponent(url).toLowerCase().includes(term.toLowerCase()))).toEqual([]);
});
