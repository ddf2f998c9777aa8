import type { DemoRecruiter } from '../types.ts';

// A fictional register for the demo: the agencies, numbers and authority address are invented (every name says
// "demo"), so that no real agency is shown as suspended or revoked. Dates are fixed, the licences of the licensed
// ones well in the future; one licence has lapsed though the register was not updated, as happens.
const country = 'guatemala';
const authority = 'Ministerio de Trabajo (registro de demostración)';
const authorityUrl = 'https://registro-agencias.example.org/guatemala';
const lastCheckedAt = '2026-11-02T00:00:00.000Z';

export const recruiters: DemoRecruiter[] = [
  {
    slug: 'agencia-pena-hermanos-demo',
    country,
    kind: 'agency',
    name: 'Agencia Peña Hermanos (demo)',
    otherNames: ['Empleos del Norte (demo)'],
    licenceNumber: 'DEMO-MT-0042',
    status: 'licensed',
    validUntil: '2030-06-30T00:00:00.000Z',
    authority,
    authorityUrl,
    destinations: { es: 'Canadá y Estados Unidos', en: 'Canada and the United States' },
    sectors: ['agriculture', 'hospitality'],
    lastCheckedAt,
  },
  {
    slug: 'cosecha-segura-demo',
    country,
    kind: 'agency',
    name: 'Cosecha Segura (demo)',
    otherNames: [],
    licenceNumber: 'DEMO-MT-0088',
    status: 'licensed',
    validUntil: '2026-10-31T00:00:00.000Z',
    authority,
    authorityUrl,
    destinations: { es: 'Canadá', en: 'Canada' },
    sectors: ['agriculture'],
    lastCheckedAt,
  },
  {
    slug: 'exito-laboral-demo',
    country,
    kind: 'agency',
    name: 'Éxito Laboral (demo)',
    otherNames: ['Trabajos Éxito (demo)'],
    licenceNumber: 'DEMO-MT-0107',
    status: 'revoked',
    authority,
    authorityUrl,
    destinations: { es: 'México', en: 'Mexico' },
    sectors: ['construction'],
    lastCheckedAt,
  },
  {
    slug: 'programa-trabajo-temporal-demo',
    country,
    kind: 'programme',
    name: 'Programa de Trabajo Temporal en el Extranjero (demo)',
    otherNames: [],
    status: 'licensed',
    authority,
    authorityUrl,
    destinations: { es: 'Canadá', en: 'Canada' },
    sectors: ['agriculture', 'manufacturing'],
    lastCheckedAt,
  },
  {
    slug: 'zafra-internacional-demo',
    country,
    kind: 'agency',
    name: 'Zafra Internacional (demo)',
    otherNames: [],
    licenceNumber: 'DEMO-MT-0150',
    status: 'suspended',
    validUntil: '2029-03-31T00:00:00.000Z',
    authority,
    authorityUrl,
    sectors: ['agriculture'],
    lastCheckedAt,
  },
];
