import sanitizeHtml from 'sanitize-html';

/**
 * Guide bodies are HTML exported from the CMS's rich text. They are cleaned at build time all the same: an editor
 * account is not a reason to let scripts, styles or tracking pixels reach readers. Headings move down so the
 * body sits under the page's own "More information" heading.
 */
export function sanitizeBodyHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [
      'p',
      'br',
      'h3',
      'h4',
      'h5',
      'ul',
      'ol',
      'li',
      'strong',
      'em',
      'b',
      'i',
      'u',
      'a',
      'blockquote',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
    ],
    allowedAttributes: { a: ['href', 'hreflang'], th: ['scope'], '*': ['lang'] },
    allowedSchemes: ['https', 'http', 'mailto', 'tel'],
    transformTags: { h1: 'h3', h2: 'h3', h3: 'h4', h4: 'h5', h5: 'h5', h6: 'h5' },
  });
}
