import type { Page } from '@playwright/test';
import {
  axeViolations,
  controlsWithFaintFocus,
  headingProblems,
  phone,
  sidewaysOverflowAtDoubleText,
  smallControls,
} from '../support/accessibility.ts';
import { pageTypes, requireSamples, type SamplePage } from '../support/pageTypes.ts';
import { builtSite } from '../support/paths.ts';
import { expect, test } from './support/test.ts';

/** WCAG 2.2 AA on every page type in every language of the fixture build (see support/accessibility.ts). */

/** Pages that forward the reader at once (the root) are checked as the page they lead to. */
const readablePages = (type: string) => requireSamples(builtSite, type, 'fixture').filter((sample) => !sample.forwards);

async function eachSample(type: string, check: (sample: SamplePage) => Promise<void>) {
  for (const sample of readablePages(type)) await test.step(`${sample.lang} ${sample.url}`, () => check(sample));
}

/**
 * axe runs inside the page, so with JavaScript switched off in the browser it cannot run at all. The pass "without
 * JavaScript" therefore blocks every script of the site's own instead, with a stricter Content-Security-Policy on
 * each response (the test's own evaluation is not subject to it): the page is then what a reader without
 * JavaScript gets. The other checks read the page from outside and run with JavaScript really off.
 */
async function blockSiteScripts(page: Page) {
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" } });
  });
}

for (const javaScript of [true, false]) {
  test.describe(`with JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ viewport: phone });

    for (const type of pageTypes) {
      test(`${type}: axe finds no WCAG 2.2 AA violation in any language`, async ({ page }) => {
        if (!javaScript) await blockSiteScripts(page);
        await eachSample(type, async ({ url }) => {
          await page.goto(url);
          // The search box shows only once its script has run: proof that the site's scripts were blocked.
          if (!javaScript) expect(await page.evaluate(() => document.querySelector('[data-search]:not([hidden])'))).toBeNull();
          expect(await axeViolations(page)).toEqual([]);
        });
      });

      test.describe(() => {
        test.use({ javaScriptEnabled: javaScript });

        test(`${type}: one h1, and no heading level skipped`, async ({ page }) => {
          await eachSample(type, async ({ url }) => {
            await page.goto(url);
            expect(await headingProblems(page)).toEqual([]);
          });
        });

        test(`${type}: the skip link is the first stop for the keyboard and moves focus to the main content`, async ({ page }) => {
          await eachSample(type, async ({ url }) => {
            await page.goto(url);
            await page.keyboard.press('Tab');
            const first = page.locator(':focus');
            // A page whose first link is already in <main> (the 404 page) has nothing to skip.
            if (await first.evaluate((element) => element.closest('main') !== null)) return;
            await expect(first).toHaveAttribute('href', '#main');
            await expect(first).toBeVisible();
            await page.keyboard.press('Enter');
            await expect(page.locator('main')).toBeFocused();
          });
        });

        test(`${type}: every control shows where the keyboard focus is, clearly enough to see`, async ({ page }) => {
          await eachSample(type, async ({ url }) => {
            await page.goto(url);
            expect(await controlsWithFaintFocus(page)).toEqual([]);
          });
        });

        test(`${type}: links in lists and menus, buttons and fields are at least 44 × 44 px to tap`, async ({ page }) => {
          await eachSample(type, async ({ url }) => {
            await page.goto(url);
            expect(await smallControls(page)).toEqual([]);
          });
        });

        test(`${type}: text at 200% on a 320 px screen needs no sideways scrolling`, async ({ page }) => {
          await page.setViewportSize({ width: 320, height: 640 });
          await eachSample(type, async ({ url }) => {
            await page.goto(url);
            expect(await sidewaysOverflowAtDoubleText(page)).toEqual([]);
          });
        });
      });
    }
  });
}
