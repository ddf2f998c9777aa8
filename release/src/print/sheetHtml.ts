/**
 * Reads a built sheet page (Astro's output, not arbitrary HTML) into the parts a printed batch is made of, so that
 * many sheets can share one Chromium print (composeSheets.ts). Anything this reader is not sure of makes the page
 * `undefined`: that sheet is then printed on its own, as a reader's browser would open it, never printed wrong.
 */
export interface SheetHtml {
  /** The attributes of `<html>` (lang, dir): a batch holds sheets whose attributes are the same. */
  htmlAttributes: string;
  /** The stylesheets of `<head>` (`<style>` and `<link rel="stylesheet">`), in order. */
  styles: string;
  /** The attributes of `<body>`. */
  bodyAttributes: string;
  /** What `<body>` holds. */
  body: string;
  /** The page's title as text: each PDF keeps its own. */
  title: string;
  /** A sheet meant for one page (`<main data-one-page>`: a guide, a hub card), printed smaller if it runs over. */
  onePage: boolean;
}

const htmlTag = /<html(\s[^>]*)?>/i;
const headElement = /<head(?:\s[^>]*)?>([\s\S]*?)<\/head>/i;
const bodyElement = /<body(\s[^>]*)?>([\s\S]*)<\/body>/i;
const titleElement = /<title(?:\s[^>]*)?>([\s\S]*?)<\/title>/i;
const onePageMain = /<main\s[^>]*\bdata-one-page(?:[\s=>]|$)/i;
const stylesheets = /<style(?:\s[^>]*)?>[\s\S]*?<\/style>|<link\s[^>]*\brel="stylesheet"[^>]*>/gi;

/**
 * Addresses that resolve the same from any page of the site: with a scheme, from the root, or within the page. A
 * sheet printed in a batch is loaded from another address than its own, where only these still mean the same.
 */
const sameFromAnyPage = /^(?:[a-z][a-z\d+.-]*:|\/|#)/i;
const urlAttributes = /\s(?:src|href|poster|action|data|xlink:href)="([^"]*)"/gi;
const srcsetAttributes = /\ssrcset="([^"]*)"/gi;
const cssUrls = /url\(\s*(['"]?)([^'")]*)\1\s*\)/gi;

function hasPageRelativeUrl(html: string): boolean {
  const urls = [
    ...[...html.matchAll(urlAttributes)].map((match) => match[1] ?? ''),
    ...[...html.matchAll(srcsetAttributes)].flatMap((match) =>
      (match[1] ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''),
    ),
    ...[...html.matchAll(cssUrls)].map((match) => match[2] ?? ''),
  ];
  return urls.some((url) => !sameFromAnyPage.test(decodeEntities(url.trim())));
}

/** The character references Astro writes in text and attributes: the five it escapes, and numeric ones. */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal) return String.fromCodePoint(Number.parseInt(decimal, 10));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return named[name?.toLowerCase() ?? ''] ?? whole;
  });
}

export function readSheetHtml(html: string): SheetHtml | undefined {
  const head = headElement.exec(html)?.[1];
  const body = bodyElement.exec(html);
  const title = head === undefined ? undefined : titleElement.exec(head)?.[1];
  // A <base> changes what every address means; a second <body> or <html> means this is not the page we know.
  if (head === undefined || !body || title === undefined || /<base[\s>]/i.test(head)) return undefined;
  const content = body[2] ?? '';
  if (/<\/?(?:body|html|head)[\s>]/i.test(content)) return undefined;
  const styles = (head.match(stylesheets) ?? []).join('');
  if (hasPageRelativeUrl(content) || hasPageRelativeUrl(styles)) return undefined;
  return {
    htmlAttributes: (htmlTag.exec(html)?.[1] ?? '').trim(),
    styles,
    bodyAttributes: (body[1] ?? '').trim(),
    body: content,
    title: decodeEntities(title.trim()),
    onePage: onePageMain.test(content),
  };
}

const idReferences =
  /(\s)(id|for|headers|form|list|aria-(?:labelledby|describedby|controls|owns|activedescendant|details|errormessage|flowto))="([^"]*)"/gi;
const fragmentLinks = /(\s(?:href|xlink:href)=")#([^"]*)"/gi;
const fragmentUrls = /url\(\s*(['"]?)#([^'")]*)\1\s*\)/gi;

/**
 * The page's ids and every reference to them, prefixed, so that sheets sharing one document keep their own: a
 * services sheet's `aria-labelledby="city-…"` must name its own heading (the PDF's tags are made from it), not
 * that of another country's sheet with a city of the same name. References to ids the page does not have are left.
 */
export function scopeIds(body: string, prefix: string): string {
  const ids = new Set([...body.matchAll(/\sid="([^"]*)"/gi)].map((match) => match[1] ?? ''));
  if (ids.size === 0) return body;
  const scoped = (id: string) => (ids.has(id) ? `${prefix}${id}` : id);
  return body
    .replace(idReferences, (_whole, space: string, name: string, value: string) => {
      const ids = name.toLowerCase() === 'id' ? [value] : value.split(/\s+/);
      return `${space}${name}="${ids.map((id) => (id ? scoped(id) : id)).join(' ')}"`;
    })
    .replace(fragmentLinks, (_whole, start: string, id: string) => `${start}#${scoped(id)}"`)
    .replace(fragmentUrls, (_whole, quote: string, id: string) => `url(${quote}#${scoped(id)}${quote})`);
}
