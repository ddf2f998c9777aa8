import type { Snapshot } from '../snapshot/schema.ts';

/** A small snapshot that is valid; tests break one thing at a time in a copy of it. */
export function validSnapshot(): Snapshot {
  return {
    schemaVersion: 1,
    generatedAt: '2026-11-20T10:00:00Z',
    demo: true,
    defaultLocale: 'es',
    locales: [
      { code: 'es', label: 'Español', dir: 'ltr' },
      { code: 'en', label: 'English', dir: 'ltr' },
    ],
    countries: [
      {
        code: 'CR',
        slug: 'costa-rica',
        name: { es: 'Costa Rica', en: 'Costa Rica' },
        locales: ['es', 'en'],
        emergencyNumbers: [{ label: { es: 'Emergencias', en: 'Emergencies' }, number: '911' }],
      },
    ],
    topics: [{ slug: 'regular-channels', kind: 'regular-channels', title: { es: 'Vías regulares', en: 'Regular channels' }, order: 1 }],
    guides: [
      {
        id: '1',
        slug: 'work-permit',
        country: 'costa-rica',
        topic: 'regular-channels',
        audiences: ['settled'],
        title: { es: 'Permiso de trabajo', en: 'Work permit' },
        summary: { es: 'Cómo pedirlo.', en: 'How to apply.' },
        requiredDocuments: [{ name: { es: 'Pasaporte vigente', en: 'Valid passport' } }],
        steps: [{ title: { es: 'Pida una cita', en: 'Book an appointment' } }],
        officialSources: [{ title: { es: 'Dirección de Migración' }, url: 'https://migracion.example/permisos' }],
        updatedAt: '2026-11-01T00:00:00Z',
      },
    ],
    services: [],
    hubs: [],
    alerts: [],
    recruiters: [],
    media: [],
  };
}
