/**
 * Headers a static host should send with every file of the site. Each page already carries its full
 * Content-Security-Policy in a <meta> element, with the hashes of its own inline style and scripts (Astro's
 * `security.csp`). A browser enforces every policy it is given, so the header policy must not repeat script-src or
 * style-src without those hashes (it would block the page's own inline CSS), nor set default-src, which they would
 * fall back to. It holds what a <meta> policy cannot carry (frame-ancestors) and the directives that never fall
 * back, so non-HTML files (an SVG or a JSON file opened on its own) are covered too.
 */
export const contentSecurityPolicyHeader = ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"].join(
  '; ',
);

/**
 * Features the site never uses, denied so that nothing injected into a page could ask for them. Geolocation
 * matters most: readers may be people who must not be located.
 */
const deniedFeatures = ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics'];

export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicyHeader,
  // Old browsers that ignore frame-ancestors still honour this.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  // Readers may be looking up asylum or trafficking: other sites must not learn which page sent them.
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': deniedFeatures.map((feature) => `${feature}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
