import { allowedLinkSchemes } from '@infohub/content-schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeBodyHtml } from './sanitizeBodyHtml.ts';

/**
 * Property-based tests of the guide body sanitiser: whatever HTML a snapshot holds, what reaches a page has no
 * element that runs or loads anything, no event handler or style, and no link outside the allowed schemes. Bounded
 * in time so the suite stays quick; a failure prints the smallest input found.
 */
const timeLimit = { interruptAfterTimeLimit: 2_000, numRuns: 100_000 };

const tagNames = [
  'p',
  'a',
  'script',
  'img',
  'svg',
  'iframe',
  'object',
  'embed',
  'style',
  'math',
  'form',
  'b',
  'h1',
  'li',
  'template',
  'base',
  'meta',
  'link',
];
const attributeNames = ['href', 'src', 'onclick', 'onerror', 'onload', 'style', 'srcdoc', 'xlink:href', 'formaction', 'lang', 'action'];
const hrefs = [
  'https://example.org/',
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  ' javascript:window.__pwned=1',
  '&#106;avascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:msgbox(1)',
  '//evil.example/',
  'mailto:a@example.org',
  '/es/pagina/',
];

/** HTML-ish text: real tags and attributes with hostile values, broken nesting, stray quotes and brackets. */
const hostileHtml: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom('<', '>', '"', "'", '</', '/>', '<!--', '-->', '<![CDATA[', ']]>', '&lt;', '&#x3c;'),
      fc
        .tuple(
          fc.constantFrom(...tagNames),
          fc.array(fc.tuple(fc.constantFrom(...attributeNames), fc.oneof(fc.constantFrom(...hrefs), fc.string())), { maxLength: 3 }),
          fc.boolean(),
        )
        .map(
          ([tag, attributes, close]) =>
            `<${tag}${attributes.map(([name, value]) => ` ${name}="${value.replaceAll('"', '&quot;')}"`).join('')}>${close ? `</${tag}>` : ''}`,
        ),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

const allowedTags = ['p', 'br', 'h3', 'h4', 'h5', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'u', 'a', 'blockquote'];

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#([0-9]+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

describe('sanitizeBodyHtml, fuzzed', () => {
  it('never lets through an element, attribute or link that could run code or load something', () => {
    fc.assert(
      fc.property(hostileHtml, (html) => {
        const clean = sanitizeBodyHtml(html);
        // sanitize-html writes every attribute as name="value", with any " in the value escaped, and escapes < in
        // text: every "<" left opens or closes one tag of this shape, and nothing else can make an element.
        // An attribute's name never starts with "/": that is the slash of a void element's "<br />".
        const tags = [...clean.matchAll(/<(\/?)([a-z0-9]+)((?:\s+[^\s=>"/][^\s=>"]*(?:="[^"]*")?)*)\s*\/?>/gi)];
        expect(clean.split('<').length - 1).toBe(tags.length);
        for (const [, , name, attributeText] of tags) {
          expect(allowedTags).toContain((name ?? '').toLowerCase());
          for (const [, attribute, value] of (attributeText ?? '').matchAll(/\s+([^\s=>"/][^\s=>"]*)(?:="([^"]*)")?/g)) {
            expect(['href', 'hreflang', 'lang']).toContain((attribute ?? '').toLowerCase());
            if (attribute === 'href') {
              // What a browser would read: entities decoded, and the characters it ignores in a scheme dropped.
              // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what browsers skip
              const read = decodeEntities(value ?? '').replace(/[\u0000-\u0020]/g, '');
              const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(read)?.[1]?.toLowerCase();
              if (scheme !== undefined) expect(allowedLinkSchemes).toContain(scheme);
              // Protocol-relative addresses are refused too: a link on the site either names its scheme or is a path.
              expect(read.startsWith('//')).toBe(false);
            }
          }
        }
      }),
      timeLimit,
    );
  });

  it('keeps the text of harmless markup, escaped', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const clean = sanitizeBodyHtml(`<p>${text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')}</p>`);
        expect(clean).not.toMatch(/<(?!\/?p>)/);
      }),
      timeLimit,
    );
  });
});
