import { guides } from './guatemala/guides.ts';
import { recruiters } from './guatemala/recruiters.ts';
import { services } from './guatemala/services.ts';
import { reviewedDaysAgo } from './reviewDates.ts';
import type { DemoCountryContent } from './types.ts';

// Demo content for Guatemala, published in Spanish and English. Hubs, numbers and addresses are fictional;
// the emergency numbers are the real public ones. No draft guide here: an empty draft list is a case too.

const country = 'guatemala';

export const guatemala: DemoCountryContent = {
  country: {
    code: 'GT',
    slug: country,
    name: { es: 'Guatemala', en: 'Guatemala', fr: 'Guatemala', ht: 'Gwatemala' },
    locales: ['es', 'en'],
    emergencyNumbers: [
      { number: '110', label: { es: 'Policía', en: 'Police' } },
      { number: '122', label: { es: 'Bomberos y ambulancia', en: 'Fire brigade and ambulance' } },
    ],
  },
  guides,
  services,
  hubs: [
    {
      slug: 'quetzaltenango',
      country,
      name: { es: 'Hub de Información de Quetzaltenango', en: 'Quetzaltenango Information Hub' },
      municipality: 'Quetzaltenango',
      address: { es: '14 avenida 5-08, zona 1, frente al parque', en: '14 avenida 5-08, zona 1, opposite the park' },
      description: {
        es: 'Información sobre programas de trabajo temporal, agencias con licencia y apoyo al retorno. Atendemos en español y k’iche’.',
        en: 'Information on temporary work programmes, licensed agencies and support on return. We speak Spanish and K’iche’.',
      },
      openingHours: 'Mo-Fr 08:00-16:30',
      phones: [
        { number: '+50277000020', type: 'voice' },
        { number: '+50230000021', type: 'whatsapp' },
      ],
      email: 'xela@infohub.example',
      modalities: ['in-person', 'phone', 'whatsapp', 'video'],
      lastReviewedAt: reviewedDaysAgo(110),
      reviewedBy: 'Hub de Información de Quetzaltenango',
      reviewIntervalDays: 90,
    },
    {
      slug: 'huehuetenango',
      country,
      name: { es: 'Hub de Información de Huehuetenango' },
      municipality: 'Huehuetenango',
      address: { es: 'Edificio municipal, 2.º nivel, oficina 9' },
      description: { es: 'Orientación para familias y personas retornadas. Atendemos en español y mam, también por WhatsApp.' },
      openingHours: 'Mo-Fr 08:00-16:00; Sa 09:00-12:00',
      phones: [{ number: '+50230000022', type: 'whatsapp' }],
      modalities: ['in-person', 'whatsapp'],
      lastReviewedAt: reviewedDaysAgo(158),
      reviewedBy: 'Hub de Información de Huehuetenango',
      reviewIntervalDays: 90,
    },
  ],
  recruiters,
  alerts: [
    {
      slug: 'fake-work-visa-recruiters',
      country,
      severity: 'danger',
      title: { es: 'Reclutadores falsos cobran por “visas de trabajo”', en: 'Fake recruiters are charging for “work visas”' },
      body: {
        es: 'Personas que dicen venir de una agencia visitan comunidades y cobran entre Q 5,000 y Q 15,000 por un lugar en un programa de trabajo. Los programas reales no cobran la inscripción. Revisa la licencia de la agencia y denuncia.',
        en: 'People claiming to be from an agency are visiting communities and charging Q 5,000 to Q 15,000 for a place in a work programme. Real programmes charge nothing to sign up. Check the agency’s licence and report it.',
      },
      startsAt: '2026-06-01T00:00:00Z',
    },
  ],
  draftGuides: [],
};
