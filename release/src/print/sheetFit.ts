/**
 * Which scale a one-page sheet needs, read from the layout of its batch before printing rather than by printing it
 * at full size, seeing it run over, and printing it again: most guide sheets run over at full size, and a second
 * print of each would cost almost as much as the first. The reading only spares prints that would run over: a
 * sheet is printed at the largest scale it may fit at, and its PDF still says whether it did (printSheets.ts).
 */
export type PaperFormat = 'Letter' | 'A4';

/**
 * A sheet meant for one page (`data-one-page`: a guide, a hub card) that runs over at full size is printed a little
 * smaller, down to 85% (about 10.5 pt text), rather than leave its last lines alone on a second sheet of paper.
 */
export const onePageScales = [1, 0.92, 0.85] as const;

/** The page margin the sheets are laid out for (site.css `@page`), given explicitly so every PDF has the same. */
export const margin = '14mm';

/**
 * Paper as playwright-core hands it to Chromium, in inches, and 14 mm as it converts it (3.78 px a millimetre).
 * Chromium then lays the page out in whole points: the paper rounded up (A4's 595.44 × 842.4 pt is 596 × 843), each
 * margin rounded down (39.69 pt is 39), as print media queries in the page show (sheetFit.test.ts checks it).
 */
const paperInches: Record<PaperFormat, { width: number; height: number }> = {
  Letter: { width: 8.5, height: 11 },
  A4: { width: 8.27, height: 11.7 },
};
const marginInches = (14 * 3.78) / 96;

/** The page's printable area in CSS pixels at full size; at scale s the sheet is laid out in this area divided by s. */
export function printableArea(format: PaperFormat): { width: number; height: number } {
  const points = (paper: number) => Math.ceil(paper * 72) - 2 * Math.floor(marginInches * 72);
  const { width, height } = paperInches[format];
  return { width: (points(width) * 4) / 3, height: (points(height) * 4) / 3 };
}

/**
 * How far past the page's height a sheet's measured height must be before the measure alone decides that it runs
 * over, in CSS pixels. On the small bench site (504 one-page sheets, each measured and printed at the three
 * scales) every sheet that fit measured at least 1.2 px under the page's height. The measure errs the other way
 * only: a few sheets measured up to 14 px under it ran over (page breaks that a continuous layout does not have),
 * and their PDFs, checked as every PDF is, send them on to the next scale.
 */
const tolerance = 2;

/** The height, in CSS pixels at each of `onePageScales`, up to which a sheet may fit on one page. */
export function fitHeights(format: PaperFormat): number[] {
  const { height } = printableArea(format);
  return onePageScales.map((scale) => height / scale + tolerance);
}

/**
 * The first of `onePageScales` at which a sheet may fit on one page, from what `measureSheets` found it needs at
 * each (it stops at the first that fits); the smallest scale when it fits at none.
 */
export function startScale(needs: readonly number[], heights: readonly number[]): number {
  const fits = onePageScales.findIndex((_scale, index) => (needs[index] ?? 0) <= (heights[index] ?? 0));
  return fits === -1 ? onePageScales.length - 1 : fits;
}

/** The little of the DOM these functions use: they run in the page (`page.evaluate`), where the DOM is. */
interface SheetElement {
  id: string;
  style: { display: string; width: string; breakBefore: string };
  getBoundingClientRect(): { top: number; bottom: number };
}
interface PageGlobals {
  getComputedStyle(element: unknown): { getPropertyValue(property: string): string };
  document: {
    documentElement: unknown;
    body: unknown;
    getElementById(id: string): SheetElement | null;
    createRange(): { selectNodeContents(node: SheetElement): void; getBoundingClientRect(): { bottom: number } };
  };
}

/**
 * In the page, with print media: the height each sheet's content takes from the top of its page, laid out at each
 * page width (one per scale) until it fits its page's height (`heights`, one per width): a sheet that fits at
 * full size is laid out once. The sheet's own element is made a block formatting context meanwhile, so that its
 * first margin is counted, as it is at the top of a printed page; its last margin is not, as a page end drops it.
 */
export function measureSheets({ ids, widths, heights }: { ids: string[]; widths: number[]; heights: number[] }): number[][] {
  const { document } = globalThis as unknown as PageGlobals;
  const sheets = ids.map((id) => document.getElementById(id));
  const needs = ids.map((): number[] => []);
  let open = sheets.flatMap((sheet, index) => (sheet ? [{ sheet, index }] : []));
  for (const { sheet } of open) sheet.style.display = 'flow-root';
  widths.forEach((width, step) => {
    // All widths first, then all heights: the page is laid out once per step, not once per sheet.
    for (const { sheet } of open) sheet.style.width = `${width}px`;
    for (const { sheet, index } of open) {
      const content = document.createRange();
      content.selectNodeContents(sheet);
      needs[index]?.push(content.getBoundingClientRect().bottom - sheet.getBoundingClientRect().top);
    }
    open = open.filter(({ index }) => (needs[index]?.[step] ?? 0) > (heights[step] ?? 0));
  });
  for (const sheet of sheets) {
    if (!sheet) continue;
    sheet.style.display = '';
    sheet.style.width = '';
  }
  return needs;
}

/** In the page: only these sheets are printed, each but the first from a new page. */
export function showSheets({ all, shown }: { all: string[]; shown: string[] }): void {
  const { document } = globalThis as unknown as PageGlobals;
  const visible = new Set(shown);
  let first = true;
  for (const id of all) {
    const sheet = document.getElementById(id);
    if (!sheet) continue;
    sheet.style.display = visible.has(id) ? '' : 'none';
    sheet.style.breakBefore = visible.has(id) && !first ? 'page' : 'auto';
    if (visible.has(id)) first = false;
  }
}

/**
 * In the page: whether the document's own boxes (`<html>`, `<body>`) put space above or below the content. A sheet
 * alone gets that space at the top of its first page and the foot of its last; in a batch only the first and last
 * sheets would, so a batch of such sheets is printed sheet by sheet instead. The site's sheets have none.
 */
export function documentHasVerticalSpace(): boolean {
  const { document, getComputedStyle } = globalThis as unknown as PageGlobals;
  return [document.documentElement, document.body].some((element) => {
    const style = getComputedStyle(element);
    return ['margin-top', 'margin-bottom', 'padding-top', 'padding-bottom', 'border-top-width', 'border-bottom-width'].some(
      (property) => Number.parseFloat(style.getPropertyValue(property) || '0') !== 0,
    );
  });
}
