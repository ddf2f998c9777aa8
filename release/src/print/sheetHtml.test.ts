import { describe, expect, it } from 'vitest';
import { decodeEntities, readSheetHtml, scopeIds } from './sheetHtml.ts';

const sheetPage = ({ head = '', body = '' }) =>
  `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>Visa &amp; trabajo – Info</title>${head}` +
  `<style>body{margin:0}</style><link rel="icon" href="data:,"><link rel="stylesheet" href="/_astro/site.css"></head>` +
  `<body class="sheet-body">${body}</body></html>`;

describe('readSheetHtml', () => {
  it('reads what a batch needs from a built sheet page', () => {
    const page = readSheetHtml(sheetPage({ body: '<main id="main" class="sheet" data-one-page><h1>Visa</h1></main>' }));
    expect(page).toEqual({
      htmlAttributes: 'lang="ar" dir="rtl"',
      styles: '<style>body{margin:0}</style><link rel="stylesheet" href="/_astro/site.css">',
      bodyAttributes: 'class="sheet-body"',
      body: '<main id="main" class="sheet" data-one-page><h1>Visa</h1></main>',
      title: 'Visa & trabajo – Info',
      onePage: true,
    });
  });

  it('tells a one-page sheet from one that may run on', () => {
    expect(readSheetHtml(sheetPage({ body: '<main class="sheet"><p>data-one-page</p></main>' }))?.onePage).toBe(false);
    expect(readSheetHtml(sheetPage({ body: '<main data-one-page=""></main>' }))?.onePage).toBe(true);
  });

  it('leaves to printing on its own a page whose addresses would mean something else in a batch', () => {
    expect(readSheetHtml(sheetPage({ body: '<img src="photo.jpg" alt="">' }))).toBeUndefined();
    expect(readSheetHtml(sheetPage({ body: '<a href="../services/">Servicios</a>' }))).toBeUndefined();
    expect(readSheetHtml(sheetPage({ body: '<img srcset="/a.jpg 1x, b.jpg 2x" alt="">' }))).toBeUndefined();
    expect(readSheetHtml(sheetPage({ body: '<div style="background:url(dot.png)"></div>' }))).toBeUndefined();
    expect(readSheetHtml(sheetPage({ head: '<base href="/es/">' }))).toBeUndefined();
    expect(readSheetHtml('<p>not a page</p>')).toBeUndefined();
  });

  it('batches a page whose addresses are the same from anywhere', () => {
    const body =
      '<a href="/es/mexico/">México</a><a href="https://example.org/">x</a><a href="#main">skip</a><a href="tel:+521">tel</a>' +
      '<img src="data:image/png;base64,AAAA" alt=""><img srcset="/a.jpg 1x, /b.jpg 2x" alt=""><div style="background:url(\'/dot.png\')"></div>';
    expect(readSheetHtml(sheetPage({ body }))?.body).toBe(body);
  });
});

describe('scopeIds', () => {
  it('prefixes the page’s ids and every reference to them, so that sheets sharing a document keep their own', () => {
    const body =
      '<section aria-labelledby="city-a"><h2 id="city-a">A</h2></section><a href="#city-a">A</a>' +
      '<label for="q">Q</label><input id="q" aria-describedby="hint q"><p id="hint">hint</p>' +
      '<svg><defs><linearGradient id="g"/></defs><rect fill="url(#g)"/><use href="#g"/></svg>';
    expect(scopeIds(body, 's1-')).toBe(
      '<section aria-labelledby="s1-city-a"><h2 id="s1-city-a">A</h2></section><a href="#s1-city-a">A</a>' +
        '<label for="s1-q">Q</label><input id="s1-q" aria-describedby="s1-hint s1-q"><p id="s1-hint">hint</p>' +
        '<svg><defs><linearGradient id="s1-g"/></defs><rect fill="url(#s1-g)"/><use href="#s1-g"/></svg>',
    );
  });

  it('leaves references to ids the page does not have, and pages without ids', () => {
    expect(scopeIds('<a href="#elsewhere">x</a><p id="here" aria-labelledby="other">y</p>', 's-')).toBe(
      '<a href="#elsewhere">x</a><p id="s-here" aria-labelledby="other">y</p>',
    );
    expect(scopeIds('<a href="#top">x</a>', 's-')).toBe('<a href="#top">x</a>');
  });
});

describe('decodeEntities', () => {
  it('decodes the references Astro writes, and leaves others', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#x27; &nbsp;')).toBe('a & b <c> "d" \'e\' &nbsp;');
  });
});
