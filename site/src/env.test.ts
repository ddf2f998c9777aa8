import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRepoRoot, readSiteEnv } from './env.ts';

const repoRoot = findRepoRoot(import.meta.dirname);
const siteFolder = path.join(repoRoot, 'site');

describe('readSiteEnv', () => {
  it('uses the repository’s defaults when nothing is set', () => {
    expect(readSiteEnv({}, siteFolder)).toEqual({
      snapshotPath: path.join(repoRoot, 'var/snapshot/snapshot.json'),
      siteUrl: new URL('http://localhost:4321'),
      outDir: path.join(repoRoot, 'site/dist'),
      shards: undefined,
      astroCacheDir: undefined,
      afterBuildApart: false,
    });
  });

  it('takes relative paths from the repository root, whichever folder the command runs in', () => {
    const env = readSiteEnv({ INFOHUB_SNAPSHOT: 'tests/fixtures/snapshot.json', INFOHUB_SITE_DIR: 'tests/output/site' }, siteFolder);
    expect(env.snapshotPath).toBe(path.join(repoRoot, 'tests/fixtures/snapshot.json'));
    expect(env.outDir).toBe(path.join(repoRoot, 'tests/output/site'));
  });

  it('keeps absolute paths and the published address as given', () => {
    const env = readSiteEnv({ INFOHUB_SNAPSHOT: '/data/snapshot.json', INFOHUB_SITE_URL: 'https://info.example.org' }, siteFolder);
    expect(env.snapshotPath).toBe('/data/snapshot.json');
    expect(env.siteUrl.href).toBe('https://info.example.org/');
  });

  it('treats an empty variable as not set', () => {
    expect(readSiteEnv({ INFOHUB_SITE_URL: '' }, siteFolder).siteUrl.href).toBe('http://localhost:4321/');
  });

  it('reads the shards to render as a list', () => {
    expect(readSiteEnv({ INFOHUB_SHARDS: 'site, es/honduras,en/honduras' }, siteFolder).shards).toEqual([
      'site',
      'es/honduras',
      'en/honduras',
    ]);
  });

  it('rejects a site address that is not http(s), naming the variable', () => {
    expect(() => readSiteEnv({ INFOHUB_SITE_URL: 'ftp://example.org' }, siteFolder)).toThrow(
      /INFOHUB_SITE_URL: must be an http\(s\) address/,
    );
  });
});

describe('findRepoRoot', () => {
  it('refuses to guess outside a workspace', () => {
    expect(() => findRepoRoot('/')).toThrow(/No pnpm-workspace\.yaml/);
  });
});
