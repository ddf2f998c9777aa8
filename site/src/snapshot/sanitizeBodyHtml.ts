import { allowedLinkSchemes, rememberByText } from '@infohub/content-schemas';
import sanitizeHtml from 'sanitize-html';

/**
 * Guide bodies are HTML exported from the CMS's rich text. They are cleaned at build time all the same: an editor
 * account is not a reason to let scripts, styles or tracking pixels reach readers. Headings move down so the
 * body sits under the page's own "More information" heading. The editor (cms/src/fields/richTextEditor.ts) has no
 * tables, images or embeds, so neither has this list. A body is cleaned once per build however many pages show it.
 */
export const sanitizeBodyHtml = rememberByText(
  (html: string): string =>
    sanitizeHtml(html, {
      allowedTags: ['p', 'br', 'h3', 'h4', 'h5', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'u', 'a', 'blockquote'],
      allowedAttributes: { a: ['href', 'hreflang'], '*': ['lang'] },
      // The same list the CMS enforces on save (content-schemas/src/checks/linkSchemes.ts).
      allowedSchemes: [...allowedLinkSchemes],
      allowProtocolRelative: false,
      transformTags: { h1: 'h3', h2: 'h3', h3: 'h4', h4: 'h5', h5: 'h5', h6: 'h5' },
    }),
  // Bodies run to kilobytes: a few thousand of them are a shard's worth.
  2_000,
);
