import type { SnapshotService } from '../snapshot/schema.ts';

/**
 * A service with only what the schema requires, every text in Spanish; tests override the fields they look at. Its id
 * follows its slug, so the services of one test stay distinct.
 */
export function testService(overrides: Partial<SnapshotService> = {}): SnapshotService {
  return {
    id: overrides.slug ?? 's',
    slug: 's',
    country: 'guatemala',
    organization: 'Org',
    name: { es: 'Servicio' },
    description: { es: 'Ayuda.' },
    category: 'legal-aid',
    city: 'Tecún Umán',
    status: 'active',
    phones: [],
    languages: [],
    updatedAt: '2026-10-01T00:00:00Z',
    ...overrides,
  };
}
