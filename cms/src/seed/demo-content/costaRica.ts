import { draftGuides, guides } from './costaRica/guides.ts';
import { services } from './costaRica/services.ts';
import { reviewedDaysAgo } from './reviewDates.ts';
import type { DemoCountryContent } from './types.ts';

// Demo content for Costa Rica, published in Spanish and English. Hubs, numbers and addresses are fictional;
// 911 is the real emergency number.

const country = 'costa-rica';

export const costaRica: DemoCountryContent = {
  country: {
    code: 'CR',
    slug: country,
    name: { es: 'Costa Rica', en: 'Costa Rica', fr: 'Costa Rica', ht: 'Kosta Rika' },
    locales: ['es', 'en'],
    emergencyNumbers: [
      { number: '911', label: { es: 'Emergencias (policía, ambulancia, bomberos)', en: 'Emergencies (police, ambulance, fire)' } },
    ],
  },
  guides,
  services,
  hubs: [
    {
      slug: 'upala',
      country,
      name: { es: 'Hub de Información de Upala', en: 'Upala Information Hub' },
      municipality: 'Upala',
      address: { es: 'Costado sur del parque central, oficina 3', en: 'South side of the central park, office 3' },
      description: {
        es: 'Te orientamos sobre residencia, refugio, trabajo y servicios de la zona norte. Sin cita y sin costo.',
        en: 'We advise on residence, refugee status, work and services in the northern region. No appointment, no cost.',
      },
      openingHours: 'Mo-Fr 08:00-16:00; Sa 08:00-12:00',
      phones: [
        { number: '+50620000020', type: 'voice' },
        { number: '+50670000021', type: 'whatsapp' },
      ],
      email: 'upala@infohub.example',
      modalities: ['in-person', 'phone', 'whatsapp'],
      lastReviewedAt: reviewedDaysAgo(82),
      reviewedBy: 'Hub de Información de Upala',
      reviewIntervalDays: 90,
    },
    {
      slug: 'corredores',
      country,
      name: { es: 'Hub de Información de Corredores', en: 'Corredores Information Hub' },
      municipality: 'Corredores',
      address: { es: 'Paso Canoas, frente a la terminal de buses', en: 'Paso Canoas, opposite the bus terminal' },
      description: {
        es: 'En la frontera sur. Información para personas en tránsito, primeros auxilios psicológicos y llamadas de video con abogados.',
        en: 'On the southern border. Information for people in transit, psychological first aid and video calls with lawyers.',
      },
      openingHours: 'Mo-Sa 07:00-17:00',
      phones: [{ number: '+50670000022', type: 'whatsapp' }],
      email: 'corredores@infohub.example',
      modalities: ['in-person', 'whatsapp', 'video'],
      lastReviewedAt: reviewedDaysAgo(131),
      reviewedBy: 'Hub de Información de Corredores',
      reviewIntervalDays: 90,
    },
  ],
  alerts: [
    {
      slug: 'fake-farm-jobs-social-media',
      country,
      severity: 'warning',
      title: { es: 'Ofertas falsas de trabajo en fincas por redes sociales', en: 'Fake farm job offers on social media' },
      body: {
        es: 'Circulan anuncios que piden un pago por adelantado para conseguir un permiso de trabajo en la cosecha. El permiso lo paga el empleador: no envíes dinero. Si ya pagaste, avísanos en el Hub.',
        en: 'Adverts are going around that ask for an advance payment to get a harvest work permit. The employer pays for the permit: do not send money. If you already paid, tell us at the hub.',
      },
      startsAt: '2026-09-01T00:00:00Z',
    },
  ],
  draftGuides,
};
