import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSnapshot, loadSnapshot } from './snapshot.ts';

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

describe('checkSnapshot', () => {
  it('lists problems of the content, of links to the site and of image files in one error', async () => {
    writeFileSync(path.join(folder, 'not-an-image.png'), 'GIF89a? no, plain text');
    const file = writeSnapshot('everything-wrong.json', {
      ...emptySnapshot,
      countries: [
        {
          code: 'GT',
          slug: 'guatemala',
          name: { es: 'Guatemala' },
          locales: ['es'],
          emergencyNumbers: [{ label: { es: 'Policía' }, number: '+5021' }],
        },
      ],
      topics: [{ slug: 'trabajo', kind: 'labour-migration', title: { es: 'Trabajo' }, order: 1 }],
      guides: [
        {
          id: '1',
          slug: 'permiso',
          country: 'guatemala',
          topic: 'trabajo',
          audiences: [],
          title: { es: 'Permiso' },
          summary: { es: 'Cómo.' },
          bodyHtml: { es: '<p><a href="/es/guatemala/guides/borrada/">otra guía</a></p>' },
          requiredDocuments: [],
          steps: [],
          officialSources: [],
          updatedAt: '2026-10-01T00:00:00Z',
        },
      ],
      media: [
        { id: 'm1', file: 'not-an-image.png', mimeType: 'image/png', width: 10, height: 10, alt: { es: 'Texto' } },
        { id: 'm2', file: 'missing.png', mimeType: 'image/png', width: 10, height: 10, alt: { es: 'Texto' } },
      ],
    });
    const error = await checkSnapshot(file).catch((thrown: unknown) => thrown as Error);
    expect(error).toBeInstanceOf(Error);
    const lines = (error as Error).message.split('\n').slice(1);
    expect(lines).toEqual([
      expect.stringMatching(/^- countries "guatemala", field "emergencyNumbers.0.number": "\+5021" cannot be dialled/),
      expect.stringMatching(
        /^- guides "permiso" \(guatemala\), field "bodyHtml", locale "es": links to \/es\/guatemala\/guides\/borrada\//,
      ),
      expect.stringMatching(/^- media "m1", field "file": "not-an-image.png" is not a readable image/),
      expect.stringMatching(/^- media "m2", field "file": "missing.png" does not exist/),
    ]);
  });
});
