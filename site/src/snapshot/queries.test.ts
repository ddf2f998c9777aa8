import type { Snapshot, SnapshotAlert, SnapshotService } from '@infohub/content-schemas';
import { describe, expect, it } from 'vitest';
import { currentAlerts, servicesByCity } from './queries.ts';

const alert = (id: string, severity: SnapshotAlert['severity'], startsAt: string, endsAt?: string): SnapshotAlert => ({
  id,
  country: 'costa-rica',
  severity,
  title: { es: id },
  body: { es: id },
  startsAt,
  ...(endsAt ? { endsAt } : {}),
});

const service = (slug: string, city: string, status: SnapshotService['status'] = 'active'): SnapshotService => ({
  id: slug,
  slug,
  country: 'costa-rica',
  organization: slug,
  name: { es: slug },
  description: { es: slug },
  category: 'health',
  city,
  phones: [],
  status,
  languages: [],
  updatedAt: '2026-01-01T00:00:00Z',
});

describe('currentAlerts', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const snapshot = {
    alerts: [
      alert('ended', 'danger', '2026-01-01T00:00:00Z', '2026-05-01T00:00:00Z'),
      alert('info', 'info', '2026-01-01T00:00:00Z'),
      alert('future', 'danger', '2026-07-01T00:00:00Z'),
      alert('danger', 'danger', '2026-05-01T00:00:00Z', '2026-12-01T00:00:00Z'),
      { ...alert('elsewhere', 'danger', '2026-01-01T00:00:00Z'), country: 'guatemala' },
    ],
  } as Snapshot;

  it('shows the country’s alerts in force, most severe first', () => {
    expect(currentAlerts(snapshot, 'costa-rica', now).map((shown) => shown.id)).toEqual(['danger', 'info']);
  });
});

describe('servicesByCity', () => {
  it('groups running services by city in the reader’s alphabetical order', () => {
    const snapshot = {
      services: [service('b', 'San José'), service('closed', 'Liberia', 'inactive'), service('a', 'San José'), service('c', 'Ávila')],
    } as Snapshot;
    const grouped = servicesByCity(snapshot, 'costa-rica', new Intl.Collator('es'));
    expect([...grouped].map(([city, services]) => [city, services.map((shown) => shown.slug)])).toEqual([
      ['Ávila', ['c']],
      ['San José', ['a', 'b']],
    ]);
  });
});
