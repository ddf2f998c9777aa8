import type { Page } from '@playwright/test';
import { expect } from './test.ts';

/** Resolves once the service worker controls the page and has kept a copy of it. */
export async function waitUntilKept(page: Page) {
  // Strings, not functions: this package's TypeScript has no DOM types, and these run in the page.
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  await expect
    .poll(() =>
      page.evaluate('caches.match(location.href).then((copy) => navigator.serviceWorker.controller !== null && copy !== undefined)'),
    )
    .toBe(true);
}

/** Saves a country in English from its home page ("Save the pages") and waits until the page says it is done. */
export async function saveCountryInEnglish(page: Page, country: string) {
  await page.goto(`/en/${country}/`);
  await waitUntilKept(page);
  const saving = page.getByRole('region', { name: 'Read without internet' });
  await saving.getByRole('button', { name: 'Save the pages' }).click();
  await expect(saving.getByRole('status')).toContainText('pages were saved on');
}
