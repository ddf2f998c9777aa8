import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Accessibility checks shared by the fixture and pipeline tests. axe-core finds what a machine can; the others are
 * those it cannot make: heading order, focus visibility, tap target size and reflow.
 */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** A small phone in portrait, the readers' usual screen. */
export const phone = { width: 360, height: 740 };
/** WCAG 2.5.5: 44 × 44 CSS px, with a little slack for sub-pixel rounding of line boxes. */
const minimumTarget = 43.5;
const controls = 'a[href], button, input, select, textarea, summary';

/** `include`: check only these elements (the admin's own components, inside Payload's admin which we do not own). */
export async function axeViolations(page: Page, { include }: { include?: string } = {}) {
  // The site has no frames, so axe.run in the page is the whole check; the default (runPartial per frame, then
  // finishRun in a new blank page) opened a page for every call: 1.9 s → 1.4 s a page. Only violations are read, so
  // axe lists no passing element either (it still reports every violating one): a guide page 0.7 s → 0.55 s.
  const builder = new AxeBuilder({ page })
    .setLegacyMode(true)
    .withTags(wcagTags)
    .options({ resultTypes: ['violations'] });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    elements: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
  }));
}

/** What is wrong with the page's headings: not exactly one h1, not starting with it, or a level skipped. */
export async function headingProblems(page: Page): Promise<string[]> {
  const levels = await page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((headings) => headings.filter((heading) => heading.checkVisibility()).map((heading) => Number(heading.tagName.slice(1))));
  const problems: string[] = [];
  const h1s = levels.filter((level) => level === 1).length;
  if (h1s !== 1) problems.push(`${h1s} h1 elements`);
  if (levels[0] !== 1) problems.push(`the first heading is h${levels[0]}`);
  levels.forEach((level, index) => {
    const previous = levels[index - 1];
    if (previous !== undefined && level > previous + 1) problems.push(`h${previous} → h${level}`);
  });
  return problems;
}

/** Controls smaller than 44 × 44 px, links inside running text excepted (see smallTapTargets). */
export async function smallControls(page: Page): Promise<string[]> {
  return page.locator(controls).evaluateAll(smallTapTargets, minimumTarget);
}

/** Tabs through every control of the page and lists those whose focus indicator is under 3:1 against the page. */
export async function controlsWithFaintFocus(page: Page): Promise<string[]> {
  const stops = await page
    .locator(controls)
    .evaluateAll((elements) => elements.filter((element) => element.checkVisibility() && (element as HTMLElement).tabIndex >= 0).length);
  const faint: string[] = [];
  for (let stop = 0; stop < stops; stop++) {
    await page.keyboard.press('Tab');
    const indicator = await page.evaluate(focusIndicator);
    if (indicator && indicator.contrast < 3)
      faint.push(`${indicator.element} (best indicator contrast ${indicator.contrast.toFixed(1)}:1)`);
  }
  return faint;
}

/**
 * Enlarges the text to 200% (text only, as Android's font-size setting does: the site's sizes are all in rem) and,
 * if the page then scrolls sideways, says what sticks out, left or right (right-to-left pages overflow to the left).
 */
export async function sidewaysOverflowAtDoubleText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    root.style.fontSize = '200%';
    const width = root.clientWidth;
    if (root.scrollWidth <= width) return [];
    const sticking = [...document.querySelectorAll('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.right > width + 1 || box.left < -1;
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.trim().slice(0, 40)}`);
    return [`the page is ${root.scrollWidth} px wide on a ${width} px screen`, ...sticking];
  });
}

/**
 * Runs in the page. The clearest part of the focused element's indicator (outline, box shadow or background) and
 * its contrast with the page behind it: 3:1, as WCAG 1.4.11 asks of what shows a control's state.
 */
function focusIndicator(): { element: string; contrast: number } | undefined {
  // One call per keyboard stop, which reads the focus itself: a locator would cost two more round trips a stop.
  const element = document.activeElement;
  if (element === null || element === document.body) return undefined;
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
  // Only what focus changes counts: a button's own green background is no sign of focus.
  const indicatorColors = () => {
    const style = getComputedStyle(element);
    const colors: string[] = [];
    if (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) colors.push(`outline ${style.outlineColor}`);
    if (style.boxShadow !== 'none') colors.push(...(style.boxShadow.match(/rgba?\([^)]*\)/g) ?? []).map((color) => `shadow ${color}`));
    colors.push(`background ${style.backgroundColor}`);
    return colors;
  };
  const focused = indicatorColors();
  (element as HTMLElement).blur();
  const unfocused = indicatorColors();
  (element as HTMLElement).focus();
  const candidates = focused.filter((color) => !unfocused.includes(color)).map((color) => color.slice(color.indexOf(' ') + 1));
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
