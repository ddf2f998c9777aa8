import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Snapshot } from '@infohub/content-schemas';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { placeSnapshot } from '../store/placeSnapshot.ts';
import { liveRelease, newRelease, siteReleases } from '../store/siteReleases.ts';
import { fixtureFolder, writeFixtureSnapshot } from '../testing/fixtureSnapshot.ts';
import { snapshotEdits } from '../testing/snapshotEdits.ts';
import { buildRelease } from './buildRelease.ts';

// The promise of shards, checked on real builds (Astro, Pagefind, Chromium for the PDFs): a random sequence of
// edits, each released incrementally from the release before it, gives the same site, file for file, as a full
// build of the final snapshot. Sheet PDFs are the one exception to byte equality, by design: Chromium stamps each
// print with its date and a document id, and a sheet printed in a batch embeds the font subsets of its whole batch
// (print/printSheets.ts), which differ with the sheets printed beside it. A PDF is therefore compared as it reads:
// its page count, page size and text laid out as on the page.
const folder = mkdtempSync(path.join(tmpdir(), 'infohub-incremental-'));
// The fixture builds in a test-only language (right-to-left `ar`) whose words the site does not ship; the shard
// builds inherit this environment.
process.env.INFOHUB_EXTRA_UI_STRINGS = path.join(fixtureFolder, 'ui-strings');
const settings = (root: string) => ({
  releases: siteReleases(path.join(folder, root)),
  siteUrl: 'http://127.0.0.1:4321',
  paper: 'Letter' as const,
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const writeSnapshot = (snapshot: Snapshot, name: string) => writeFixtureSnapshot(path.join(folder, 'snapshots', name), snapshot);

async function release(root: string, snapshotFile: string, rebuildAll = false) {
  const target = settings(root);
  const next = newRelease(target.releases);
  placeSnapshot(snapshotFile, next);
  return buildRelease(target, next, { workers: 2, rebuildAll });
}

/** What a reader of the PDF gets: pages, their size, and the text where it stands on them (poppler's tools). */
function pdfAsRead(file: string): string {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => /^(Pages|Page size):/.test(line));
  return [...info, execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })].join('\n');
}

/** Every file of a site folder with its bytes, a PDF as it reads. */
function siteFiles(site: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const full = path.join(file.parentPath, file.name);
    files.set(path.relative(site, full), file.name.endsWith('.pdf') ? pdfAsRead(full) : readFileSync(full).toString('latin1'));
  }
  return files;
}

describe('incremental releases', () => {
  it('give the same site, file for file, as a full build of the final snapshot, whatever edits come in whatever order', async () => {
    const base = JSON.parse(readFileSync(path.join(fixtureFolder, 'snapshot.json'), 'utf8')) as Snapshot;
    await release('incremental', writeSnapshot(base, 'start'), true);
    const editSequence = fc.array(fc.constantFrom(...snapshotEdits), { minLength: 3, maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(editSequence, async (edits) => {
        const snapshot = structuredClone(base);
        for (const [step, edit] of edits.entries()) {
          edit.apply(snapshot);
          snapshot.generatedAt = new Date(Date.parse(base.generatedAt) + (step + 1) * 60_000).toISOString();
          const built = await release('incremental', writeSnapshot(snapshot, `step-${step}`));
          expect(built.reused.length, `${edit.name}: only the shards it touches are built again`).toBeGreaterThan(0);
        }
        await release('full', writeSnapshot(snapshot, 'final'), true);
        const incremental = siteFiles(liveRelease(settings('incremental').releases)?.site ?? '');
        const full = siteFiles(liveRelease(settings('full').releases)?.site ?? '');
        expect([...incremental.keys()].sort()).toEqual([...full.keys()].sort());
        const differing = [...full].filter(([file, bytes]) => incremental.get(file) !== bytes).map(([file]) => file);
        expect(differing, `after ${edits.map((edit) => edit.name).join(', ')}`).toEqual([]);
      }),
      { numRuns: 1 },
    );
  }, 900_000);

  it("make again only the pages and search indexes that show what changed: one guide's text leaves the rest of its shards as it was", async () => {
    const base = JSON.parse(readFileSync(path.join(fixtureFolder, 'snapshot.json'), 'utf8')) as Snapshot;
    await release('pages', writeSnapshot(base, 'pages-start'), true);
    const before = liveRelease(settings('pages').releases)?.site ?? '';
    const changed = structuredClone(base);
    snapshotEdits.find((edit) => edit.name === "a guide's Spanish text")?.apply(changed);
    const built = await release('pages', writeSnapshot(changed, 'pages-edited'));
    const after = liveRelease(settings('pages').releases)?.site ?? '';

    const costaRica = built.batches.flatMap((batch) => batch.shards).find((shard) => shard.shard === 'es/costa-rica');
    const documentPages = Object.keys(costaRica?.pageKeys ?? {});
    const edited = ['/es/costa-rica/guides/permiso-de-trabajo/', '/es/costa-rica/print/guides/permiso-de-trabajo/'];
    expect(documentPages).toEqual(expect.arrayContaining(edited));
    expect(costaRica?.pagesReused).toBe(documentPages.length - edited.length);
    const inode = (site: string, page: string) => statSync(path.join(site, page, 'index.html')).ino;
    for (const page of documentPages) {
      if (edited.includes(page)) expect(inode(after, page), page).not.toBe(inode(before, page));
      else expect(inode(after, page), `${page} is the live release's file`).toBe(inode(before, page));
    }
    expect(readFileSync(path.join(after, edited[0] ?? '', 'index.html'), 'utf8')).toContain('Actualizado.');
    // The list pages that name the guide are rendered again, whatever the document pages did.
    expect(inode(after, '/es/costa-rica/')).not.toBe(inode(before, '/es/costa-rica/'));
    // A search index is made again only where a page it reads changed: the English guide shows no Spanish summary.
    const searchIndex = (site: string, bundle: string) => statSync(path.join(site, 'pagefind', bundle, 'pagefind-entry.json')).ino;
    expect(built.rebuilt).toContain('en/costa-rica');
    expect(searchIndex(after, 'es/costa-rica')).not.toBe(searchIndex(before, 'es/costa-rica'));
    expect(searchIndex(after, 'en/costa-rica')).toBe(searchIndex(before, 'en/costa-rica'));
  }, 300_000);
});
