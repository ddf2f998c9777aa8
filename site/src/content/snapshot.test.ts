import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSnapshot } from './snapshot.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'infohub-snapshot-'));
const writeSnapshot = (name: string, content: unknown) => {
  const file = path.join(folder, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};
const emptySnapshot = {
  schemaVersion: 1,
  generatedAt: '2026-11-20T10:00:00Z',
  demo: false,
  defaultLocale: 'es',
  locales: [{ code: 'es', label: 'Español', dir: 'ltr' }],
  countries: [],
  topics: [],
  guides: [],
  services: [],
  hubs: [],
  alerts: [],
  media: [],
};

describe('loadSnapshot', () => {
  it('reads a valid snapshot', () => {
    expect(loadSnapshot(writeSnapshot('valid.json', emptySnapshot)).defaultLocale).toBe('es');
  });

  it('says where to get a snapshot when the file is missing', () => {
    expect(() => loadSnapshot(path.join(folder, 'none.json'))).toThrow(/none\.json: the file does not exist.*INFOHUB_SNAPSHOT/);
  });

  it('reports a file that is not JSON', () => {
    expect(() => loadSnapshot(writeSnapshot('broken.json', '{ "schemaVersion": '))).toThrow(/broken\.json is not valid JSON/);
  });

  it('lists every problem of an invalid snapshot at once', () => {
    const file = writeSnapshot('invalid.json', { ...emptySnapshot, demo: 'yes', topics: [{ slug: 'Bad Slug' }] });
    expect(() => loadSnapshot(file)).toThrow(
      /not a valid content snapshot:\n- snapshot, field "demo"[\s\S]*topics "Bad Slug", field "order"/,
    );
  });

  it('refuses a topic whose slug is a fixed section of every country', () => {
    const file = writeSnapshot('reserved.json', {
      ...emptySnapshot,
      topics: [{ slug: 'services', kind: 'services', title: { es: 'Servicios' }, order: 1 }],
    });
    expect(() => loadSnapshot(file)).toThrow(/topics "services", field "slug": "services" is the address of a fixed section/);
  });

  it('refuses a language the site has no words for', () => {
    const file = writeSnapshot('portuguese.json', {
      ...emptySnapshot,
      locales: [...emptySnapshot.locales, { code: 'pt', label: 'Português', dir: 'ltr' }],
    });
    expect(() => loadSnapshot(file)).toThrow(/publishes in "pt" but the site has no words for it/);
  });
});
