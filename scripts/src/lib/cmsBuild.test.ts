import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsBuildIsStale } from './cmsBuild.ts';

function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'infohub-cms-build-'));
  for (const dir of ['cms/src', 'cms/.next', 'content-schemas/src']) mkdirSync(join(root, dir), { recursive: true });
  const files = {
    lockfile: join(root, 'pnpm-lock.yaml'),
    cmsSource: join(root, 'cms/src/payload.config.ts'),
    sharedSource: join(root, 'content-schemas/src/fields.ts'),
    buildId: join(root, 'cms/.next/BUILD_ID'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const at = (file: string, seconds: number) => utimesSync(file, seconds, seconds);
  const folders = ['cms', 'cms/src', 'content-schemas', 'content-schemas/src'].map((dir) => join(root, dir));
  for (const path of [files.lockfile, files.cmsSource, files.sharedSource, ...folders]) at(path, 1_000);
  at(files.buildId, 2_000);
  return { root, files, at };
}

describe('cmsBuildIsStale', () => {
  it('reuses a build that is newer than every source', () => {
    const { root } = workspace();
    expect(cmsBuildIsStale(root)).toBe(false);
  });

  it('rebuilds when there is no build yet', () => {
    expect(cmsBuildIsStale(mkdtempSync(join(tmpdir(), 'infohub-no-build-')))).toBe(true);
  });

  it('rebuilds after a change in the CMS, in content-schemas (its fields) or in the lockfile', () => {
    for (const changed of ['cmsSource', 'sharedSource', 'lockfile'] as const) {
      const { root, files, at } = workspace();
      at(files[changed], 3_000);
      expect(cmsBuildIsStale(root), changed).toBe(true);
    }
  });
});
