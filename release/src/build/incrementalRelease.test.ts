import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Snapshot } from '@infohub/content-schemas';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { placeSnapshot } from '../store/placeSnapshot.ts';
import { liveRelease, newRelease, siteReleases } from '../store/siteReleases.ts';
import { workspaceRoot } from '../store/workspace.ts';
import { snapshotEdits } from '../testing/snapshotEdits.ts';
import { buildRelease } from './buildRelease.ts';

// The promise of shards, checked on real builds (Astro, Pagefind, Chromium for the PDFs): a random sequence of
// edits, each released incrementally from the release before it, gives the same site, file for file, as a full
// build of the final snapshot. The only bytes allowed to differ are a PDF's creation and modification dates and
// its document id, which Chromium stamps at print time (a reused PDF keeps the earlier print's).
const folder = mkdtempSync(path.join(tmpdir(), 'infohub-incremental-'));
const fixture = path.join(workspaceRoot, 'tests', 'fixtures');
const settings = (root: string) => ({
  releases: siteReleases(path.join(folder, root)),
  siteUrl: 'http://127.0.0.1:4321',
  paper: 'Letter' as const,
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function writeSnapshot(snapshot: Snapshot, name: string): string {
  const dir = path.join(folder, 'snapshots', name);
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(fixture, 'media'), path.join(dir, 'media'), { recursive: true });
  writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify(snapshot));
  return path.join(dir, 'snapshot.json');
}

async function release(root: string, snapshotFile: string, rebuildAll = false) {
  const target = settings(root);
  const next = newRelease(target.releases);
  placeSnapshot(snapshotFile, next);
  return buildRelease(target, next, { workers: 2, rebuildAll });
}

/** Every file of a site folder with its bytes, PDFs without the stamps Chromium gives each print. */
function siteFiles(site: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const full = path.join(file.parentPath, file.name);
    const bytes = readFileSync(full).toString('latin1');
    const kept = file.name.endsWith('.pdf')
      ? bytes.replace(/\/(CreationDate|ModDate) \(D:[^)]*\)/g, '/$1 ()').replace(/\/ID \[<[0-9A-Fa-f]+> <[0-9A-Fa-f]+>\]/g, '/ID []')
      : bytes;
    files.set(path.relative(site, full), kept);
  }
  return files;
}

describe('incremental releases', () => {
  it('give the same site, file for file, as a full build of the final snapshot, whatever edits come in whatever order', async () => {
    const base = JSON.parse(readFileSync(path.join(fixture, 'snapshot.json'), 'utf8')) as Snapshot;
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
});
