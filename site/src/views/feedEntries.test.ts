import type { SnapshotAlert, SnapshotService } from '@infohub/content-schemas';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '~/i18n/strings.ts';
import { testGuide, testSnapshot } from '~/testing/snapshot.ts';
import { feedEntries, feedSize } from './feedEntries.ts';

const english = { locale: 'en', defaultLocale: 'es' };
const t = createTranslator('en');
const now = new Date('2026-11-20T12:00:00Z');

function service(slug: string, overrides: Partial<SnapshotService> = {}): SnapshotService {
  return {
    id: slug,
    slug,
    country: 'guatemala',
    organization: 'Org',
    name: { es: `Servicio ${slug}`, en: `Service ${slug}` },
    description: { es: 'Ayuda.' },
    category: 'health',
    city: 'Tecún Umán',
    phones: [],
    status: 'active',
    languages: ['es'],
    updatedAt: '2026-11-01T00:00:00Z',
    ...overrides,
  };
}

function alert(id: string, startsAt: string, endsAt?: string): SnapshotAlert {
  return {
    id,
    country: 'guatemala',
    severity: 'danger',
    title: { es: 'Estafa', en: 'Scam' },
    body: { es: 'Cuidado.' },
    startsAt,
    ...(endsAt ? { endsAt } : {}),
  };
}

describe('feedEntries', () => {
  it('lists guides, services, hubs and current alerts newest first, each linking to where it is shown', () => {
    const snapshot = testSnapshot({
      guides: [
        testGuide({ slug: 'older', updatedAt: '2026-09-01T00:00:00Z' }),
        testGuide({ id: '2', slug: 'newer', updatedAt: '2026-11-10T00:00:00Z' }),
      ],
      services: [service('clinica')],
    });
    snapshot.alerts = [alert('a1', '2026-11-15T00:00:00Z'), alert('past', '2026-10-01T00:00:00Z', '2026-10-02T00:00:00Z')];
    const entries = feedEntries(snapshot, 'guatemala', english, t, now);
    expect(entries.map((entry) => [entry.key, entry.path, entry.updatedAt])).toEqual([
      ['alert/a1', '/en/guatemala/#alerts', '2026-11-15T00:00:00Z'],
      ['guide/newer', '/en/guatemala/guides/newer/', '2026-11-10T00:00:00Z'],
      ['service/clinica', '/en/guatemala/services/clinica/', '2026-11-01T00:00:00Z'],
      ['guide/older', '/en/guatemala/guides/older/', '2026-09-01T00:00:00Z'],
    ]);
  });

  it('speaks the reader’s language and marks what fell back to the default one', () => {
    const snapshot = testSnapshot({ services: [service('clinica')] });
    snapshot.alerts = [alert('a1', '2026-11-15T00:00:00Z')];
    const [alertEntry, serviceEntry] = feedEntries(snapshot, 'guatemala', english, t, now);
    expect(alertEntry?.title).toEqual({ value: 'Danger: Scam', lang: 'en', isFallback: false });
    expect(serviceEntry?.title).toEqual({ value: 'Service clinica', lang: 'en', isFallback: false });
    expect(serviceEntry?.summary).toEqual({ value: 'Ayuda.', lang: 'es', isFallback: true });
  });

  it('leaves out other countries and services that no longer run', () => {
    const snapshot = testSnapshot({
      guides: [testGuide({ country: 'costa-rica' })],
      services: [service('cerrado', { status: 'inactive' }), service('abierto', { status: 'temporarily-closed' })],
    });
    expect(feedEntries(snapshot, 'guatemala', english, t, now).map((entry) => entry.key)).toEqual(['service/abierto']);
  });

  it('stays the same size however many documents the country has', () => {
    const guides = Array.from({ length: feedSize + 20 }, (_, index) =>
      testGuide({ id: String(index), slug: `guide-${index}`, updatedAt: new Date(Date.UTC(2026, 0, 1 + index)).toISOString() }),
    );
    const entries = feedEntries(testSnapshot({ guides }), 'guatemala', english, t, now);
    expect(entries).toHaveLength(feedSize);
    expect(entries[0]?.key).toBe(`guide/guide-${feedSize + 19}`);
  });
});
