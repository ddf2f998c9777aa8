import { expect, type Page } from '@playwright/test';

/** The headers every CMS response carries (cms/src/security/securityHeaders.ts), read from the running server. */
export async function expectCmsSecurityHeaders(cmsUrl: string): Promise<void> {
  for (const path of ['/admin/login', '/api/guides?limit=1']) {
    const overHttp = await fetch(`${cmsUrl}${path}`);
    const headers = overHttp.headers;
    expect(headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    expect(headers.get('content-security-policy'), path).not.toContain('unsafe-eval');
    expect(headers.get('x-content-type-options'), path).toBe('nosniff');
    expect(headers.get('x-frame-options'), path).toBe('DENY');
    expect(headers.get('referrer-policy'), path).toBe('same-origin');
    expect(headers.get('strict-transport-security'), `${path} over plain HTTP`).toBeNull();
    expect(headers.get('x-powered-by'), path).toBeNull();
    // Behind a reverse proxy that terminates HTTPS, which says so in X-Forwarded-Proto.
    const overHttps = await fetch(`${cmsUrl}${path}`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(overHttps.headers.get('strict-transport-security'), `${path} over HTTPS`).toBe('max-age=31536000');
  }
}

/** Collects what Chromium reports as blocked by the Content Security Policy: the admin must need nothing it blocks. */
export function recordCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
