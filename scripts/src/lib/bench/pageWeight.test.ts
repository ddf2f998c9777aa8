import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { kindOf, transferBytes } from './pageWeight.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'bench-weight-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('what a fetched file weighs on the wire', () => {
  it('compresses text, as a host would', () => {
    const html = path.join(folder, 'page.html');
    const text = '<p>Lleva tu pasaporte.</p>'.repeat(200);
    writeFileSync(html, text);
    expect(transferBytes(html)).toBe(gzipSync(text, { level: 9 }).length);
  });

  it('counts images and files that are gzip already as they are', () => {
    const image = path.join(folder, 'photo.webp');
    writeFileSync(image, Buffer.alloc(5000, 7));
    expect(transferBytes(image)).toBe(5000);
    const index = path.join(folder, 'es_1.pf_index');
    writeFileSync(index, gzipSync('a'.repeat(9000)));
    expect(transferBytes(index)).toBe(gzipSync('a'.repeat(9000)).length);
  });

  it('sorts requests by what the browser fetched them as', () => {
    expect(kindOf('document', '/es/')).toBe('html');
    expect(kindOf('font', '/f.woff2')).toBe('fonts');
    expect(kindOf('fetch', '/pagefind/pagefind.js')).toBe('js');
    expect(kindOf('fetch', '/pagefind/es_1.pf_index')).toBe('other');
  });
});
