import { guides } from './honduras/guides.ts';
import { services } from './honduras/services.ts';
import { reviewedDaysAgo } from './reviewDates.ts';
import type { DemoCountryContent } from './types.ts';

// Demo content for Honduras, published in Spanish and English. Hubs, numbers and addresses are fictional;
// 911 is the real emergency number.

const country = 'honduras';

export const honduras: DemoCountryContent = {
  country: {
    code: 'HN',
    slug: country,
    name: { es: 'Honduras', en: 'Honduras', fr: 'Honduras', ht: 'Ondiras' },
    locales: ['es', 'en'],
    emergencyNumbers: [{ number: '911', label: { es: 'Emergencias', en: 'Emergencies' } }],
  },
  guides,
  services,
  hubs: [
    {
      slug: 'san-pedro-sula',
      country,
      name: { es: 'Hub de Información de San Pedro Sula', en: 'San Pedro Sula Information Hub' },
      municipality: 'San Pedro Sula',
      address: { es: 'Barrio Los Andes, 10 calle, edificio municipal anexo', en: 'Barrio Los Andes, 10 calle, municipal annex building' },
      description: {
        es: 'Orientación sobre retorno, empleo, reunificación familiar y servicios de la ciudad.',
        en: 'Guidance on return, jobs, family reunification and services in the city.',
      },
      openingHours: 'Mo-Fr 08:00-17:00',
      phones: [
        { number: '+50425000020', type: 'voice' },
        { number: '+50430000021', type: 'whatsapp' },
      ],
      email: 'sps@infohub.example',
      modalities: ['in-person', 'phone', 'whatsapp'],
      lastReviewedAt: reviewedDaysAgo(48),
      reviewedBy: 'Hub de Información de San Pedro Sula',
      reviewIntervalDays: 90,
    },
    {
      slug: 'choluteca',
      country,
      name: { es: 'Hub de Información de Choluteca', en: 'Choluteca Information Hub' },
      municipality: 'Choluteca',
      address: { es: 'Barrio El Centro, costado norte de la alcaldía', en: 'Barrio El Centro, north side of the town hall' },
      openingHours: 'Mo-Fr 08:00-16:00',
      phones: [{ number: '+50427000022', type: 'voice' }],
      modalities: ['in-person', 'phone', 'video'],
      lastReviewedAt: reviewedDaysAgo(195),
      reviewedBy: 'Hub de Información de Choluteca',
      reviewIntervalDays: 90,
    },
  ],
  alerts: [
    {
      slug: 'fake-visa-lottery',
      country,
      severity: 'warning',
      title: { es: 'Falsos “sorteos de visas” por WhatsApp', en: 'Fake “visa lotteries” on WhatsApp' },
      body: {
        es: 'Circulan mensajes que dicen que ganaste una visa de trabajo y piden un pago para “reservarla”. Es una estafa: no pagues ni envíes fotos de tu DNI.',
        en: 'Messages are going around saying you have won a work visa and asking for a payment to “reserve” it. It is a scam: do not pay or send photos of your ID.',
      },
      startsAt: '2026-10-01T00:00:00Z',
    },
  ],
  draftGuides: [],
};
