import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { benchScales, benchSnapshot, generateBenchContent } from './generateContent.ts';
import { writeMarkdownContent } from './referenceSites.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the reference sites’ Markdown', () => {
  it('has one page per document and language, in that language, at the same address as ours', () => {
    const snapshot = benchSnapshot(generateBenchContent(benchScales.tiny));
    const contentDir = mkdtempSync(path.join(tmpdir(), 'bench-markdown-'));
    folders.push(contentDir);
    const written = writeMarkdownContent(snapshot, contentDir, '_index.md');
    const documents = snapshot.guides.length + snapshot.services.length + snapshot.hubs.length;
    expect(written).toBe(documents * snapshot.locales.length);
    expect(readdirSync(contentDir).sort()).toEqual(['en', 'es', 'fr', 'ht']);
    const guide = snapshot.guides[0];
    const page = readFileSync(path.join(contentDir, 'ht', guide?.country ?? '', 'guides', `${guide?.slug}.md`), 'utf8');
    expect(page.startsWith(`---\ntitle: ${JSON.stringify(guide?.title.ht)}\n---\n`)).toBe(true);
    expect(page).toContain(guide?.summary.ht);
    expect(page).not.toContain('<p>');
    expect(readFileSync(path.join(contentDir, 'es', '_index.md'), 'utf8')).toContain('title: "infohub"');
  });
});
