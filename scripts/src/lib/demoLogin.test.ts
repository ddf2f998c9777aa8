import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDemoLogin } from './demoLogin.ts';

describe('describeDemoLogin', () => {
  it('prints the email and password the seed kept', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'infohub-login-')), 'demo-admin.json');
    writeFileSync(file, JSON.stringify({ email: 'admin@example.org', password: 'Xk3-random' }));
    expect(describeDemoLogin(file)).toBe('  Demo login:  admin@example.org\n  Password:    Xk3-random');
  });

  it('says where the password came from when the seed kept none', () => {
    expect(describeDemoLogin('/nonexistent/demo-admin.json')).toMatch(/INFOHUB_DEMO_PASSWORD/);
  });
});
