/**
 * Response headers of every CMS page and API answer (`next.config.ts`). The admin is a Next.js app whose pages
 * carry inline scripts (React's streamed payload) and inline styles, so scripts and styles allow 'unsafe-inline'
 * from this origin only; everything else is locked to this origin, and nothing may frame the admin (clickjacking).
 */
export function contentSecurityPolicy({ development }: { development: boolean }): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // Development builds evaluate modules with eval() and reload over a WebSocket.
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(development ? ['ws:'] : [])],
    'media-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

interface HeaderRule {
  source: string;
  has?: { type: 'header'; key: string; value: string }[];
  headers: { key: string; value: string }[];
}

/** A year, the usual HSTS lifetime; no includeSubDomains, since other hosts of the domain are not ours to commit. */
export const strictTransportSecurity = 'max-age=31536000';

export function securityHeaderRules({ development }: { development: boolean }): HeaderRule[] {
  return [
    {
      source: '/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: contentSecurityPolicy({ development }) },
        // For browsers without frame-ancestors.
        { key: 'X-Frame-Options', value: 'DENY' },
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        // Links from guides to official sites must not tell them which draft an editor was reading.
        { key: 'Referrer-Policy', value: 'same-origin' },
        { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
      ],
    },
    {
      // Only when the request came over HTTPS (the reverse proxy in front says so): over plain HTTP on a private
      // network, HSTS would make browsers refuse the CMS for a year.
      source: '/:path*',
      has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
      headers: [{ key: 'Strict-Transport-Security', value: strictTransportSecurity }],
    },
  ];
}
