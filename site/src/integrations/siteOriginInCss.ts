import type { ViteUserConfig } from 'astro';

type VitePlugin = NonNullable<ViteUserConfig['plugins']>[number];

const placeholder = '__SITE_ORIGIN__';

/**
 * Puts the site's public address into the stylesheet, where the print rules write it before each link's own path:
 * a page printed from any copy of the site then shows the address a reader can type, not the host it was built on.
 * CSS has no other way to make `attr(href)` absolute, and an inline style setting it would need a CSP exception.
 */
export function siteOriginInCss(siteUrl: URL): VitePlugin {
  // The origin goes inside a CSS string: a quote or backslash in it would end the string early.
  const origin = siteUrl.origin.replace(/["\\]/g, '');
  return {
    name: 'infohub:site-origin-in-css',
    transform(code: string, id: string) {
      if (!id.split('?')[0]?.endsWith('.css') || !code.includes(placeholder)) return undefined;
      return { code: code.replaceAll(placeholder, origin), map: null };
    },
  };
}
