import { describe, expect, it } from 'vitest';
import nextConfig from '../../next.config.ts';
import { contentSecurityPolicy, securityHeaderRules, strictTransportSecurity } from './securityHeaders.ts';

// Next applies these rules itself; tests/publishing checks the headers of the running production CMS over HTTP
// and that the admin signs in and publishes under them in Chromium without a CSP violation.
describe('the CMS security headers', () => {
  const production = securityHeaderRules({ development: false });
  const everyResponse = production.find((rule) => !rule.has);
  const header = (name: string) => everyResponse?.headers.find((entry) => entry.key === name)?.value;

  it('are among what next.config.ts hands to Next for every path (withPayload adds its own)', async () => {
    const rules = securityHeaderRules({ development: process.env.NODE_ENV !== 'production' });
    expect(await nextConfig.headers?.()).toEqual(expect.arrayContaining(rules));
    expect(everyResponse?.source).toBe('/:path*');
  });

  it('forbid framing, sniffing, plugins, other origins and eval in production', () => {
    const policy = contentSecurityPolicy({ development: false });
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/https?:|\*/);
    expect(header('Content-Security-Policy')).toBe(policy);
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('X-Frame-Options')).toBe('DENY');
    expect(header('Referrer-Policy')).toBe('same-origin');
  });

  it('send HSTS only on requests that came over HTTPS', () => {
    expect(header('Strict-Transport-Security')).toBeUndefined();
    const overHttps = production.find((rule) => rule.has);
    expect(overHttps?.has).toEqual([{ type: 'header', key: 'x-forwarded-proto', value: 'https' }]);
    expect(overHttps?.headers).toEqual([{ key: 'Strict-Transport-Security', value: strictTransportSecurity }]);
  });
});
