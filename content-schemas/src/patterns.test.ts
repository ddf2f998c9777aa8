import { describe, expect, it } from 'vitest';
import { isWebAddress, phonePattern } from './patterns.ts';
import { validateHttpUrl, validatePhoneNumber, validateSlug } from './payload/commonFields.ts';

describe('web addresses readers may follow', () => {
  it('accepts https and http pages', () => {
    expect(isWebAddress('https://migracion.example/permisos')).toBe(true);
    expect(isWebAddress('http://old-site.example/')).toBe(true);
  });

  it('refuses script, data and other schemes, and text that is no address', () => {
    for (const value of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'www.example.org',
    ]) {
      expect(isWebAddress(value), value).toBe(false);
    }
  });
});

describe('the CMS says no to what the snapshot would refuse', () => {
  it('refuses the same links, phone numbers and slugs, with a message that says what to write', () => {
    expect(validateHttpUrl('javascript:alert(1)')).toMatch(/must start with https:\/\//);
    expect(validatePhoneNumber('call 911')).toMatch(/"call 911" is not a phone number: write digits only/);
    expect(validateSlug('Work Permit')).toMatch(/lower-case letters, digits and single hyphens/);
    expect(phonePattern.test('+50622223333')).toBe(true);
    expect(validateSlug('work-permit', ['services'])).toBe(true);
    expect(validateSlug('services', ['services'])).toMatch(/already the address of a section/);
  });
});
