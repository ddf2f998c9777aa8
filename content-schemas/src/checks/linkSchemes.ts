/**
 * The link schemes a guide's rich text may use: web pages, e-mail and phone calls. Never `javascript:`, `data:`,
 * `vbscript:` or `file:`. The CMS refuses other links at save time and the site's sanitiser drops any that reach it.
 */
export const allowedLinkSchemes = ['https', 'http', 'mailto', 'tel'] as const;

/**
 * Why a link address in rich text is not allowed, or undefined when it is. Addresses without a scheme (a path on
 * the site, "#section") are relative and allowed; the scheme is read the way browsers read it, ignoring the
 * control characters and whitespace they ignore ("java\tscript:" is still `javascript:`).
 */
export function describeLinkProblem(href: string): string | undefined {
  // Browsers strip leading C0 controls and spaces, and tabs and newlines anywhere, before reading the scheme.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are exactly what is removed
  const normalized = href.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(normalized)?.[1]?.toLowerCase();
  if (scheme === undefined || (allowedLinkSchemes as readonly string[]).includes(scheme)) return undefined;
  return `the link "${href}" uses "${scheme}:", which is not allowed: links must start with ${allowedLinkSchemes.map((name) => `${name}:`).join(', ')} or be a page of the site`;
}
