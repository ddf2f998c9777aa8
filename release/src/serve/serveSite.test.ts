import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite } from './serveSite.ts';

let server: Server;
let base: string;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'infohub-serve-'));
  const release = join(root, 'release');
  mkdirSync(join(release, 'es'), { recursive: true });
  writeFileSync(join(release, 'es', 'index.html'), '<!doctype html><title>Inicio</title>');
  writeFileSync(join(release, '404.html'), '<!doctype html><title>No encontrada</title>');
  writeFileSync(join(release, 'data.json'), '{}');
  symlinkSync(release, join(root, 'current'));
  server = await serveSite(join(root, 'current'), 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the local site server', () => {
  it.each([
    ['a page', '/es/', 200],
    ['another kind of file', '/data.json', 200],
    ['the not-found page', '/no-such-page/', 404],
  ])('sends the security headers with %s', async (_kind, path, status) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(status);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy.split(/;\s*/)).toEqual(expect.arrayContaining(["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"]));
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const permissions = response.headers.get('permissions-policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation']) expect(permissions).toContain(`${feature}=()`);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('leaves script and style rules to the page, whose own policy carries the hashes of its inline CSS', async () => {
    const policy = (await fetch(`${base}/es/`)).headers.get('content-security-policy') ?? '';
    expect(policy).not.toMatch(/(^|;\s*)(default-src|script-src|style-src)\b/);
  });
});
