/**
 * The size budget of a built site: per page type, the heaviest page's HTML and CSS (compressed, as a reader on 2G
 * receives them) and the scripts it loads as it opens. Budgets live in site/size-budget.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BuiltPage, groupPagesByType } from './pageTypes.ts';

export interface PageTypeBudget {
  /** Compressed bytes of the page's HTML plus any stylesheet it links (ours are inlined). */
  htmlCssGzipBytes: number;
  /** Compressed bytes of the scripts the page loads as it opens; what it fetches only when used does not count. */
  scriptGzipBytes: number;
}

export interface SizeBudget {
  /** Route name (see pageTypes.ts) → its budget. */
  pageTypes: Record<string, PageTypeBudget>;
}

export interface PageWeight {
  url: string;
  htmlCssGzipBytes: number;
  scriptGzipBytes: number;
  /** Script files the page loads as it opens, site paths. */
  scripts: string[];
}

export interface PageTypeReport {
  type: string;
  pages: number;
  /** The page with the most HTML and CSS, and the one with the most script (often the same). */
  heaviestHtmlCss: PageWeight;
  heaviestScript: PageWeight;
  budget: PageTypeBudget | undefined;
}

export interface SizeReport {
  types: PageTypeReport[];
  /** One plain sentence per broken budget, naming the page and the budget. */
  failures: string[];
}

const gzipBytes = (content: Buffer | string) => gzipSync(content).length;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((value) => value !== undefined);
}

/** A same-site file a page refers to, or undefined for anything else (data:, other hosts are CSP's business). */
function siteFile(siteDir: string, pageUrl: string, reference: string): string | undefined {
  const url = new URL(reference, `http://site${pageUrl}`);
  if (url.host !== 'site') return undefined;
  const file = path.join(siteDir, decodeURIComponent(url.pathname));
  return existsSync(file) ? file : undefined;
}

/**
 * A module's static imports are fetched before it runs, so they count; `import()` waits for use (Pagefind on the
 * search page) and does not.
 */
function withStaticImports(siteDir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+\.m?js)["']/g)) {
      const specifier = match[1] as string;
      const imported = specifier.startsWith('/') ? path.join(siteDir, specifier) : path.resolve(path.dirname(file), specifier);
      if (existsSync(imported)) visit(imported);
    }
  };
  visit(entry);
  return [...seen];
}

export function measurePage(siteDir: string, page: BuiltPage): PageWeight {
  const html = readFileSync(path.join(siteDir, page.file), 'utf8');
  let cssBytes = 0;
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?stylesheet/i.test(tag)) continue;
    const href = attribute(tag, 'href');
    const file = href && siteFile(siteDir, page.url, href);
    if (file) cssBytes += gzipBytes(readFileSync(file));
  }
  const scriptFiles = new Set<string>();
  let inlineScript = '';
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    // Data for machines (JSON-LD) is not code the page runs.
    const type = attribute(` ${attributes}`, 'type');
    if (type && !/^(module|text\/javascript|application\/javascript)$/i.test(type)) continue;
    const src = attribute(` ${attributes}`, 'src');
    const file = src && siteFile(siteDir, page.url, src);
    if (file) for (const loaded of withStaticImports(siteDir, file)) scriptFiles.add(loaded);
    else inlineScript += body;
  }
  const scripts = [...scriptFiles].sort();
  return {
    url: page.url,
    htmlCssGzipBytes: gzipBytes(html) + cssBytes,
    scriptGzipBytes: scripts.reduce((sum, file) => sum + gzipBytes(readFileSync(file)), inlineScript ? gzipBytes(inlineScript) : 0),
    scripts: scripts.map((file) => `/${path.relative(siteDir, file).split(path.sep).join('/')}`),
  };
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function checkSizeBudget(siteDir: string, pagesDir: string, budget: SizeBudget, budgetName = 'site/size-budget.json'): SizeReport {
  const { byType, unmatched } = groupPagesByType(siteDir, pagesDir);
  const failures: string[] = [];
  const types: PageTypeReport[] = [];
  for (const page of unmatched) failures.push(`${page.url} comes from no route in ${pagesDir}, so it has no budget.`);
  for (const [type, pages] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    const weights = pages.map((page) => measurePage(siteDir, page));
    const heaviestHtmlCss = weights.reduce((a, b) => (b.htmlCssGzipBytes > a.htmlCssGzipBytes ? b : a));
    const heaviestScript = weights.reduce((a, b) => (b.scriptGzipBytes > a.scriptGzipBytes ? b : a));
    const typeBudget = budget.pageTypes[type];
    types.push({ type, pages: pages.length, heaviestHtmlCss, heaviestScript, budget: typeBudget });
    if (!typeBudget) {
      failures.push(
        `Page type "${type}" has no budget: add it to ${budgetName} (its heaviest page, ${heaviestHtmlCss.url}, is ` +
          `${heaviestHtmlCss.htmlCssGzipBytes} B of HTML+CSS and loads ${heaviestScript.scriptGzipBytes} B of script, compressed).`,
      );
      continue;
    }
    for (const weight of weights) {
      if (weight.htmlCssGzipBytes > typeBudget.htmlCssGzipBytes)
        failures.push(
          `${weight.url} is ${kilobytes(weight.htmlCssGzipBytes)} (${weight.htmlCssGzipBytes} B) of HTML+CSS compressed, over the ` +
            `${kilobytes(typeBudget.htmlCssGzipBytes)} (${typeBudget.htmlCssGzipBytes} B) budget of "${type}" in ${budgetName}.`,
        );
      if (weight.scriptGzipBytes > typeBudget.scriptGzipBytes)
        failures.push(
          `${weight.url} loads ${weight.scriptGzipBytes} B of script compressed (${weight.scripts.join(', ') || 'inline'}) as it opens, ` +
            `over the ${typeBudget.scriptGzipBytes} B budget of "${type}" in ${budgetName}.`,
        );
    }
  }
  for (const type of Object.keys(budget.pageTypes))
    if (!byType.has(type)) failures.push(`${budgetName} has a budget for "${type}", but the site has no such page type: remove it.`);
  return { types, failures };
}

/** A table for the terminal and the test report: per page type, its heaviest page and the budget. */
export function formatSizeReport(report: SizeReport): string {
  const rows = report.types.map((type) => [
    type.type,
    String(type.pages),
    type.heaviestHtmlCss.url,
    String(type.heaviestHtmlCss.htmlCssGzipBytes),
    type.budget ? String(type.budget.htmlCssGzipBytes) : '—',
    String(type.heaviestScript.scriptGzipBytes),
    type.budget ? String(type.budget.scriptGzipBytes) : '—',
  ]);
  const header = ['page type', 'pages', 'heaviest page', 'HTML+CSS gzip B', 'budget', 'script gzip B', 'budget'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

export function readSizeBudget(file: string): SizeBudget {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<SizeBudget>;
  if (typeof parsed.pageTypes !== 'object' || parsed.pageTypes === null) throw new Error(`${file} has no "pageTypes" object.`);
  for (const [type, entry] of Object.entries(parsed.pageTypes))
    if (!Number.isInteger(entry?.htmlCssGzipBytes) || !Number.isInteger(entry?.scriptGzipBytes))
      throw new Error(`${file}: "${type}" needs whole numbers htmlCssGzipBytes and scriptGzipBytes.`);
  return { pageTypes: parsed.pageTypes };
}
