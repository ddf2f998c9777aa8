import type { Page } from '@playwright/test';
import {
  axeViolations,
  controlsWithFaintFocus,
  headingProblems,
  phone,
  sidewaysOverflowAtDoubleText,
  smallControls,
} from '../testing/accessibility.ts';
import { pageTypes, requireSamples } from '../testing/pageTypes.ts';
import { builtSite } from '../testing/paths.ts';
import { expect, test } from './testing/test.ts';

/**
 * WCAG 2.2 AA on every page type in every language of the fixture build (see testing/accessibility.ts), with
 * JavaScript on and off. Each sample page is loaded once per check group and every check runs on it: loading it
 * once per check made this file most of CI's time.
 */

/** Pages that forward the reader at once (the root) are checked as the page they lead to. */
const readablePages = (type: string) => requireSamples(builtSite, type, 'fixture').filter((sample) => !sample.forwards);

/**
 * axe runs inside the page, so with JavaScript switched off in the browser it cannot run at all. The pass "without
 * JavaScript" therefore blocks every script of the site's own instead, with a stricter Content-Security-Policy on
 * each response (the test's own evaluation is not subject to it): the page is then what a reader without
 * JavaScript gets, as the site has no `<noscript>` content and no `scripting` media query that would tell them apart.
 */
async function blockSiteScripts(page: Page) {
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" } });
  });
}

/**
 * Without JavaScript a page differs from the same page with it only where a script changes it, whatever its
 * language; what languages change (words, their length, direction) is checked in every language with JavaScript
 * on. So the pass without it reads one left-to-right and one right-to-left language: each page type's Spanish and
 * Arabic pages (the fixture's default and its RTL language).
 */
const languagesReadWithoutJavaScript = ['es', 'ar'];

/**
 * What the keyboard meets (focus indicators, the skip link) is drawn by the stylesheet and the layout, which every
 * language shares; only direction changes them. So the keyboard is walked in the same two languages, with
 * JavaScript on and off, while what words change (axe, headings, tap targets, reflow) is checked in every language.
 */
const languagesWalkedByKeyboard = languagesReadWithoutJavaScript;

/**
 * Headings, tap targets, visible focus and reflow on the page as loaded, then the skip link on a fresh load (both
 * keyboard checks walk from the top of the page, and are made only when `walkKeyboard`). The page is left at its
 * phone size.
 */
async function expectReadable(page: Page, url: string, { walkKeyboard }: { walkKeyboard: boolean }) {
  expect(await headingProblems(page), 'one h1, and no heading level skipped').toEqual([]);
  expect(await smallControls(page), 'links in lists and menus, buttons and fields are at least 44 × 44 px to tap').toEqual([]);
  if (walkKeyboard)
    expect(await controlsWithFaintFocus(page), 'every control shows where the keyboard focus is, clearly enough to see').toEqual([]);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await sidewaysOverflowAtDoubleText(page), 'text at 200% on a 320 px screen needs no sideways scrolling').toEqual([]);
  await page.setViewportSize(phone);
  if (!walkKeyboard) return;

  await page.goto(url);
  await page.keyboard.press('Tab');
  const first = page.locator(':focus');
  // A page whose first link is already in <main> (the 404 page) has nothing to skip.
  if (await first.evaluate((element) => element.closest('main') !== null)) return;
  await expect(first, 'the skip link is the first stop for the keyboard').toHaveAttribute('href', '#main');
  await expect(first).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main'), 'the skip link moves focus to the main content').toBeFocused();
}

test.use({ viewport: phone });
// Each test goes over every language of its page type.
test.describe.configure({ timeout: 180_000 });

for (const type of pageTypes) {
  test(`${type}, with JavaScript on, in every language: no axe violation (WCAG 2.2 AA), headings in order, 44 px targets, reflow at 200%; a skip link and visible focus in Spanish and Arabic`, async ({
    page,
  }) => {
    for (const { lang, url } of readablePages(type)) {
      await test.step(`${lang} ${url}`, async () => {
        await page.goto(url);
        expect(await axeViolations(page), 'axe finds no WCAG 2.2 AA violation').toEqual([]);
        await expectReadable(page, url, { walkKeyboard: languagesWalkedByKeyboard.includes(lang) });
      });
    }
  });

  test(`${type}, with JavaScript off, in Spanish and Arabic: the same checks`, async ({ page }) => {
    await blockSiteScripts(page);
    const samples = readablePages(type).filter(({ lang }) => languagesReadWithoutJavaScript.includes(lang));
    expect(samples.length, 'the page type is built in Spanish or Arabic').toBeGreaterThan(0);
    for (const { lang, url } of samples) {
      await test.step(`${lang} ${url}`, async () => {
        await page.goto(url);
        // The search box shows only once its script has run: proof that the site's scripts were blocked.
        expect(await page.evaluate(() => document.querySelector('[data-search]:not([hidden])'))).toBeNull();
        expect(await axeViolations(page), 'axe finds no WCAG 2.2 AA violation').toEqual([]);
        await expectReadable(page, url, { walkKeyboard: true });
      });
    }
  });
}
