import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { pageTypes, requireSamples, type SamplePage } from '../support/pageTypes.ts';
import { builtSite } from '../support/paths.ts';
import { expect, test } from './support/test.ts';

/**
 * WCAG 2.2 AA on every page type in every language of the fixture build. axe-core finds what a machine can; the
 * other checks here are those it cannot make: where the skip link leads, that focus is visible, heading order, tap
 * target size and reflow.
 */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** A small phone in portrait, the readers' usual screen. */
const phone = { width: 360, height: 740 };
/** WCAG 2.5.5: 44 × 44 CSS px, with a little slack for sub-pixel rounding of line boxes. */
const minimumTarget = 43.5;

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    elements: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
  }));
}

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
          if (!javaScript) expect(await page.evaluate(() => document.querySelector('[data-search]:not([hidden])'))).toBeNull();
          expect(await axeViolations(page)).toEqual([]);
        });
      });

      test.describe(() => {
        test.use({ javaScriptEnabled: javaScript });

        test(`${type}: one h1, and no heading level skipped`, async ({ page }) => {
          await eachSample(type, async ({ url }) => {
            await page.goto(url);
            const levels = await page
              .locator('h1, h2, h3, h4, h5, h6')
              .evaluateAll((headings) =>
                headings.filter((heading) => heading.checkVisibility()).map((heading) => Number(heading.tagName.slice(1))),
              );
            expect(levels.filter((level) => level === 1)).toHaveLength(1);
            expect(levels[0]).toBe(1);
            const skips = levels.flatMap((level, index) =>
              index > 0 && level > (levels[index - 1] ?? 0) + 1 ? [`h${levels[index - 1]} → h${level}`] : [],
            );
            expect(skips).toEqual([]);
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
      });
    }
  });
}

test.describe('at a phone’s width', () => {
  test.use({ viewport: phone });

  for (const type of pageTypes) {
    test(`${type}: every control shows where the keyboard focus is, clearly enough to see`, async ({ page }) => {
      await eachSample(type, async ({ url }) => {
        await page.goto(url);
        const stops = await page
          .locator('a[href], button, input, select, textarea, summary')
          .evaluateAll(
            (elements) => elements.filter((element) => element.checkVisibility() && (element as HTMLElement).tabIndex >= 0).length,
          );
        const unseen: string[] = [];
        for (let stop = 0; stop < stops; stop++) {
          await page.keyboard.press('Tab');
          const focused = page.locator(':focus');
          if ((await focused.count()) === 0) continue;
          const indicator = await focused.evaluate(focusIndicator);
          if (indicator.contrast < 3) unseen.push(`${indicator.element} (best indicator contrast ${indicator.contrast.toFixed(1)}:1)`);
        }
        expect(unseen).toEqual([]);
      });
    });

    test(`${type}: links in lists and menus, buttons and fields are at least 44 × 44 px to tap`, async ({ page }) => {
      await eachSample(type, async ({ url }) => {
        await page.goto(url);
        const small = await page.locator('a[href], button, input, select, textarea, summary').evaluateAll(smallTapTargets, minimumTarget);
        expect(small).toEqual([]);
      });
    });

    test(`${type}: text at 200% on a 320 px screen needs no sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await eachSample(type, async ({ url }) => {
        await page.goto(url);
        // Text-only zoom, as Android's font-size setting does: the page's sizes are all in rem.
        await page.evaluate(() => {
          document.documentElement.style.fontSize = '200%';
        });
        const overflow = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          return [...document.querySelectorAll('body *')]
            .filter((element) => element.getBoundingClientRect().right > width + 1)
            .map(
              (element) =>
                `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${element.className}: ${element.textContent?.slice(0, 40)}`,
            );
        });
        expect(overflow).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      });
    });
  }
});

/**
 * Runs in the page. The clearest part of the focused element's indicator (outline, box shadow or background) and
 * its contrast with the page behind it: WCAG 2.4.13 asks 3:1.
 */
function focusIndicator(element: Element): { element: string; contrast: number } {
  const parse = (color: string): [number, number, number, number] | undefined => {
    const match = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+))?\)/.exec(color);
    return match ? [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])] : undefined;
  };
  const luminance = ([r, g, b]: number[]) => {
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0);
  };
  const contrast = (a: number[], b: number[]) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (light + 0.05) / (dark + 0.05);
  };
  let backdrop: number[] = [255, 255, 255];
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const color = parse(getComputedStyle(parent).backgroundColor);
    if (color && color[3] > 0) {
      backdrop = color;
      break;
    }
  }
  const style = getComputedStyle(element);
  const candidates: string[] = [];
  if (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) candidates.push(style.outlineColor);
  if (style.boxShadow !== 'none') candidates.push(...(style.boxShadow.match(/rgba?\([^)]*\)/g) ?? []));
  candidates.push(style.backgroundColor);
  const best = Math.max(
    0,
    ...candidates
      .map(parse)
      .filter((color) => color !== undefined && color[3] > 0)
      .map((color) => contrast(color as number[], backdrop)),
  );
  return { element: `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 30)}”`, contrast: best };
}

/**
 * Runs in the page. Controls smaller than the minimum, measured by what a finger can hit: a checkbox or radio
 * inside its label counts as the label. Exempt, as WCAG 2.5.5 allows: a link inside running text (with words right
 * before or after it on its line), whose size is the text's.
 */
function smallTapTargets(elements: Element[], minimum: number): string[] {
  const isInline = (node: Node | null) =>
    node !== null &&
    ((node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '') ||
      (node instanceof Element && node.tagName !== 'BR' && getComputedStyle(node).display.startsWith('inline')));
  /** Words on the same line right before or after the link (a <br> ends the line). */
  const inRunningText = (element: Element) => {
    if (element.tagName !== 'A') return false;
    let node: Node = element;
    for (;;) {
      const previous = skipBlank(node, 'previousSibling');
      const next = skipBlank(node, 'nextSibling');
      if (isInline(previous) || isInline(next)) return true;
      const parent = node.parentElement;
      if (!parent || !getComputedStyle(parent).display.startsWith('inline')) return false;
      node = parent;
    }
  };
  function skipBlank(node: Node, direction: 'previousSibling' | 'nextSibling'): Node | null {
    let sibling = node[direction];
    while (sibling && sibling.nodeType === Node.TEXT_NODE && (sibling.textContent ?? '').trim() === '') sibling = sibling[direction];
    return sibling;
  }
  return elements
    .filter((element) => element.checkVisibility() && !inRunningText(element))
    .map((element) => {
      const target =
        element instanceof HTMLInputElement && ['checkbox', 'radio'].includes(element.type)
          ? (element.closest('label') ?? element)
          : element;
      const box = target.getBoundingClientRect();
      return { element, box };
    })
    .filter(({ box }) => box.width < minimum || box.height < minimum)
    .map(
      ({ element, box }) =>
        `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 30) || element.getAttribute('href')}” ${Math.round(box.width)}×${Math.round(box.height)}`,
    );
}
