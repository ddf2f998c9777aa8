import { linkSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pagesOf, shardAssets } from './shardAssets.ts';

const root = mkdtempSync(path.join(tmpdir(), 'infohub-shard-assets-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(siteDir: string, file: string, text: string) {
  mkdirSync(path.dirname(path.join(siteDir, file)), { recursive: true });
  writeFileSync(path.join(siteDir, file), text);
}

describe('shardAssets', () => {
  it("lists what a shard's pages name and the modules their scripts import, and reads a page rewritten since as it is now", () => {
    const live = path.join(root, 'live');
    write(live, '_astro/guide.abc.js', 'import "./share.def.js";');
    write(live, '_astro/share.def.js', '');
    write(live, '_astro/map.png', '');
    write(live, 'es/panama/index.html', '<script src="/_astro/guide.abc.js"></script>');
    write(live, 'es/panama/guides/work/index.html', '<img src="/_astro/map.png">');
    const pages = pagesOf(live, ['es/panama']);
    expect(pages).toHaveLength(2);
    expect(shardAssets(live, pages)).toEqual(['/_astro/guide.abc.js', '/_astro/map.png', '/_astro/share.def.js']);

    // The next release: one page hard-linked from the live one (read before), the other written anew at a path read
    // before, as a build replaces a page.
    const next = path.join(root, 'next');
    write(next, '_astro/map.png', '');
    write(next, '_astro/other.png', '');
    mkdirSync(path.join(next, 'es/panama/guides/work'), { recursive: true });
    linkSync(path.join(live, 'es/panama/guides/work/index.html'), path.join(next, 'es/panama/guides/work/index.html'));
    write(live, 'es/panama/index.new', '<img src="/_astro/other.png">');
    renameSync(path.join(live, 'es/panama/index.new'), path.join(live, 'es/panama/index.html'));
    linkSync(path.join(live, 'es/panama/index.html'), path.join(next, 'es/panama/index.html'));
    expect(shardAssets(next, pagesOf(next, ['es/panama']))).toEqual(['/_astro/map.png', '/_astro/other.png']);
    expect(shardAssets(live, pagesOf(live, ['es/panama']))).toEqual(['/_astro/map.png', '/_astro/other.png']);
  });
});
