import { draftGuides, journeyGuides } from './mexico/journeyGuides.ts';
import { services } from './mexico/services.ts';
import { statusGuides } from './mexico/statusGuides.ts';
import { reviewedDaysAgo } from './reviewDates.ts';
import type { DemoCountryContent } from './types.ts';

// Demo content for Mexico, published in Spanish, English, French and Haitian Creole. Hubs, numbers and
// addresses are fictional; 911 and 089 are the real public numbers.

const country = 'mexico';

export const mexico: DemoCountryContent = {
  country: {
    code: 'MX',
    slug: country,
    name: { es: 'México', en: 'Mexico', fr: 'Mexique', ht: 'Meksik' },
    locales: ['es', 'en', 'fr', 'ht'],
    emergencyNumbers: [
      {
        number: '911',
        label: { es: 'Emergencias', en: 'Emergencies', fr: 'Urgences', ht: 'Ijans' },
      },
      {
        number: '089',
        label: {
          es: 'Denuncia anónima',
          en: 'Anonymous reporting',
          fr: 'Signalement anonyme',
          ht: 'Denonse san non',
        },
      },
    ],
  },
  guides: [...statusGuides, ...journeyGuides],
  services,
  hubs: [
    {
      slug: 'tapachula',
      country,
      name: {
        es: 'Hub de Información de Tapachula',
        en: 'Tapachula Information Hub',
        fr: 'Centre d’information de Tapachula',
        ht: 'Sant Enfòmasyon Tapachula',
      },
      municipality: 'Tapachula',
      address: {
        es: '8.ª calle Poniente 14, a una cuadra del parque central',
        en: '14 8a calle Poniente, one block from the central park',
        fr: '8a calle Poniente 14, à une rue du parc central',
        ht: '8.ª calle Poniente 14, yon blòk de pak santral la',
      },
      description: {
        es: 'Información sobre refugio, tarjetas de visitante, trabajo y servicios. Atendemos en español, inglés, francés y creole.',
        en: 'Information on asylum, visitor cards, work and services. We speak Spanish, English, French and Creole.',
        fr: 'Informations sur l’asile, les cartes de visiteur, le travail et les services. Nous parlons espagnol, anglais, français et créole.',
        ht: 'Enfòmasyon sou azil, kat vizitè, travay ak sèvis. Nou pale panyòl, angle, fransè ak kreyòl.',
      },
      openingHours: 'Mo-Fr 08:00-17:00; Sa 08:00-13:00',
      phones: [
        { number: '+529620000020', type: 'voice' },
        { number: '+529621000021', type: 'whatsapp' },
      ],
      email: 'tapachula@infohub.example',
      modalities: ['in-person', 'phone', 'whatsapp', 'video'],
      lastReviewedAt: reviewedDaysAgo(33),
      reviewedBy: 'Hub de Información de Tapachula',
      reviewIntervalDays: 90,
    },
    {
      slug: 'tijuana',
      country,
      name: { es: 'Hub de Información de Tijuana', en: 'Tijuana Information Hub', ht: 'Sant Enfòmasyon Tijuana' },
      municipality: 'Tijuana',
      address: {
        es: 'Zona Centro, calle Ejemplo 2200, planta baja',
        en: 'Zona Centro, 2200 calle Ejemplo, ground floor',
        ht: 'Zona Centro, calle Ejemplo 2200, rezdechose',
      },
      description: {
        es: 'Orientación para personas que esperan en la frontera y para mexicanos que regresan.',
        en: 'Guidance for people waiting at the border and for Mexicans coming back.',
        ht: 'Oryantasyon pou moun k ap tann sou fwontyè a ak pou Meksiken k ap retounen.',
      },
      openingHours: 'Mo-Fr 09:00-18:00',
      phones: [{ number: '+526641000022', type: 'whatsapp' }],
      modalities: ['in-person', 'whatsapp'],
      lastReviewedAt: reviewedDaysAgo(69),
      reviewedBy: 'Hub de Información de Tijuana',
      reviewIntervalDays: 90,
    },
  ],
  alerts: [
    {
      slug: 'no-one-sells-appointments',
      country,
      severity: 'warning',
      title: {
        es: 'Nadie vende citas para pedir refugio',
        en: 'Nobody sells asylum appointments',
        fr: 'Personne ne vend de rendez-vous pour l’asile',
        ht: 'Pèsonn pa vann randevou pou mande azil',
      },
      body: {
        es: 'Hay personas cobrando por “citas rápidas” o por un lugar en la fila de la oficina de refugio. Las citas son gratis. Si te piden dinero, no pagues y avísanos en el Hub.',
        en: 'People are charging for “fast appointments” or for a place in the queue at the refugee office. Appointments are free. If you are asked for money, do not pay, and tell us at the hub.',
        fr: 'Des personnes font payer des « rendez-vous rapides » ou une place dans la file du bureau de l’asile. Les rendez-vous sont gratuits. Si on vous demande de l’argent, ne payez pas et prévenez le Hub.',
        ht: 'Gen moun k ap fè lajan sou “randevou rapid” oswa sou yon plas nan liy biwo azil la. Randevou yo gratis. Si yo mande w lajan, pa peye, epi vin di nou sa nan Hub la.',
      },
      startsAt: '2026-05-01T00:00:00Z',
    },
  ],
  draftGuides,
};
