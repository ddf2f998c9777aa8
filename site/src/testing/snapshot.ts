import type { Snapshot, SnapshotGuide } from '@infohub/content-schemas';

/**
 * A small valid snapshot in the four languages infohub ships, for tests that build the page context pages use.
 * Tests add the documents they need.
 */
export function testSnapshot(documents: Partial<Pick<Snapshot, 'guides' | 'services' | 'hubs' | 'recruiters'>> = {}): Snapshot {
  return {
    schemaVersion: 1,
    generatedAt: '2026-11-20T10:00:00Z',
    demo: false,
    defaultLocale: 'es',
    locales: [
      { code: 'es', label: 'Español', dir: 'ltr' },
      { code: 'en', label: 'English', dir: 'ltr' },
      { code: 'fr', label: 'Français', dir: 'ltr' },
      { code: 'ht', label: 'Kreyòl ayisyen', dir: 'ltr' },
    ],
    countries: [
      {
        code: 'GT',
        slug: 'guatemala',
        name: { es: 'Guatemala' },
        locales: ['es', 'en', 'ht'],
        emergencyNumbers: [],
      },
    ],
    topics: [{ slug: 'trabajo', kind: 'labour-migration', title: { es: 'Trabajo' }, order: 1 }],
    guides: documents.guides ?? [],
    services: documents.services ?? [],
    hubs: documents.hubs ?? [],
    alerts: [],
    recruiters: documents.recruiters ?? [],
    media: [],
  };
}

/** A guide with only what the schema requires, every text in Spanish; tests override the fields they look at. */
export function testGuide(overrides: Partial<SnapshotGuide> = {}): SnapshotGuide {
  return {
    id: '1',
    slug: 'permiso-de-trabajo',
    country: 'guatemala',
    topic: 'trabajo',
    audiences: [],
    title: { es: 'Permiso de trabajo' },
    summary: { es: 'Cómo pedirlo.' },
    requiredDocuments: [],
    steps: [],
    officialSources: [],
    updatedAt: '2026-10-01T00:00:00Z',
    ...overrides,
  };
}
