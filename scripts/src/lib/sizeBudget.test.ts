import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkSizeBudget, formatSizeReport, measurePage, type SizeBudget } from './sizeBudget.ts';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'infohub-size-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

const pagesDir = tree({ '[lang]/[country]/guides/[slug].astro': '', '[lang]/[country]/search.astro': '' });
// Text that does not compress away, so sizes are easy to push over a budget.
const noise = (length: number) => Array.from({ length }, (_, index) => ((index * 7919) % 1000).toString(36)).join(' ');
const gzip = (text: string) => gzipSync(text).length;

const searchScript = 'import"./shared.js";const p=()=>import("/pagefind/pagefind.js");p();';
const sharedChunk = 'export const shared=1;';
const searchPage = '<!doctype html><html lang="es"><script type="module" src="/_astro/search.js"></script><p>Buscar</p></html>';
const site = tree({
  'es/costa-rica/guides/corta/index.html': '<!doctype html><html lang="es"><style>p{color:red}</style><p>Guía corta</p></html>',
  'es/costa-rica/guides/larga/index.html': `<!doctype html><html lang="es"><p>${noise(3000)}</p><script type="application/ld+json">{"@type":"GovernmentService"}</script></html>`,
  'es/costa-rica/search/index.html': searchPage,
  '_astro/search.js': searchScript,
  '_astro/shared.js': sharedChunk,
  'pagefind/pagefind.js': noise(5000),
});

const generous: SizeBudget = {
  pageTypes: {
    '[lang]/[country]/guides/[slug]': { htmlCssGzipBytes: 14_336, scriptGzipBytes: 0 },
    '[lang]/[country]/search': { htmlCssGzipBytes: 14_336, scriptGzipBytes: 1024 },
  },
};

describe('the size budget', () => {
  it('counts a page’s scripts and their static imports, but not what it imports only when used, nor JSON-LD', () => {
    const weight = measurePage(site, { url: '/es/costa-rica/search/', file: 'es/costa-rica/search/index.html' });
    expect(weight.scripts).toEqual(['/_astro/search.js', '/_astro/shared.js']);
    expect(weight.scriptGzipBytes).toBe(gzip(searchScript) + gzip(sharedChunk));
    expect(weight.htmlCssGzipBytes).toBe(gzip(searchPage));
    const guide = measurePage(site, { url: '/es/costa-rica/guides/larga/', file: 'es/costa-rica/guides/larga/index.html' });
    expect(guide.scriptGzipBytes).toBe(0);
  });

  it('counts a linked stylesheet with the HTML', () => {
    const css = `p{color:red}${noise(200)}`;
    const html = '<html><link rel="stylesheet" href="../site.css"><p>x</p></html>';
    const styled = tree({ 'es/index.html': html, 'site.css': css });
    expect(measurePage(styled, { url: '/es/', file: 'es/index.html' }).htmlCssGzipBytes).toBe(gzip(html) + gzip(css));
  });

  it('passes a site within budget and reports each type’s heaviest page', () => {
    const report = checkSizeBudget(site, pagesDir, generous);
    expect(report.failures).toEqual([]);
    const guides = report.types.find((type) => type.type === '[lang]/[country]/guides/[slug]');
    expect(guides?.pages).toBe(2);
    expect(guides?.heaviestHtmlCss.url).toBe('/es/costa-rica/guides/larga/');
    expect(formatSizeReport(report)).toMatch(/\[lang\]\/\[country\]\/guides\/\[slug\]\s+2\s+\/es\/costa-rica\/guides\/larga\//);
  });

  it('fails naming the page and the budget when a page outgrows its type’s budget', () => {
    const tight: SizeBudget = {
      pageTypes: {
        '[lang]/[country]/guides/[slug]': { htmlCssGzipBytes: 1000, scriptGzipBytes: 0 },
        '[lang]/[country]/search': { htmlCssGzipBytes: 14_336, scriptGzipBytes: 10 },
      },
    };
    const { failures } = checkSizeBudget(site, pagesDir, tight, 'size-budget.json');
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatch(
      /^\/es\/costa-rica\/guides\/larga\/ is .* over the 1\.0 KB \(1000 B\) budget of "\[lang\]\/\[country\]\/guides\/\[slug\]" in size-budget\.json/,
    );
    expect(failures[1]).toMatch(/^\/es\/costa-rica\/search\/ loads \d+ B of script .*\/_astro\/search\.js.* over the 10 B budget/);
  });

  it('fails when a page type has no budget, or a budget names a type the site no longer has', () => {
    const { failures } = checkSizeBudget(site, pagesDir, {
      pageTypes: {
        '[lang]/[country]/guides/[slug]': { htmlCssGzipBytes: 14_336, scriptGzipBytes: 0 },
        '[lang]/[country]/old': { htmlCssGzipBytes: 14_336, scriptGzipBytes: 0 },
      },
    });
    expect(failures).toEqual([
      expect.stringMatching(/^Page type "\[lang\]\/\[country\]\/search" has no budget/),
      expect.stringMatching(/"\[lang\]\/\[country\]\/old", but the site has no such page type/),
    ]);
  });
});
