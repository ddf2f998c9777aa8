import { draftGuides, infoGuides } from './dominicanRepublic/infoGuides.ts';
import { procedureGuides } from './dominicanRepublic/procedureGuides.ts';
import { services } from './dominicanRepublic/services.ts';
import { reviewedDaysAgo } from './reviewDates.ts';
import type { DemoCountryContent } from './types.ts';

// Demo content for the Dominican Republic, published in Spanish, Haitian Creole, French and English (in that
// order). Hubs, numbers and addresses are fictional; 911 is the real emergency number.

const country = 'republica-dominicana';

export const dominicanRepublic: DemoCountryContent = {
  country: {
    code: 'DO',
    slug: country,
    name: { es: 'República Dominicana', ht: 'Repiblik Dominikèn', fr: 'République dominicaine', en: 'Dominican Republic' },
    locales: ['es', 'ht', 'fr', 'en'],
    emergencyNumbers: [
      {
        number: '911',
        label: {
          es: 'Emergencias (policía, ambulancia, bomberos)',
          ht: 'Ijans (lapolis, anbilans, ponpye)',
          fr: 'Urgences (police, ambulance, pompiers)',
          en: 'Emergencies (police, ambulance, fire)',
        },
      },
    ],
  },
  guides: [...procedureGuides, ...infoGuides],
  services,
  hubs: [
    {
      slug: 'dajabon',
      country,
      name: {
        es: 'Hub de Información de Dajabón',
        ht: 'Sant Enfòmasyon Dajabon',
        fr: 'Centre d’information de Dajabón',
        en: 'Dajabón Information Hub',
      },
      municipality: 'Dajabón',
      address: {
        es: 'Calle Beller, al lado de la gobernación',
        ht: 'Calle Beller, bò kote gouvènasyon an',
        fr: 'Calle Beller, à côté du gouvernorat',
        en: 'Calle Beller, next to the governor’s office',
      },
      description: {
        es: 'En la frontera norte. Te atendemos en español, creole y francés, en persona o por WhatsApp. Los lunes y viernes, días de mercado, abrimos más temprano.',
        ht: 'Sou fwontyè nò a. N ap resevwa w an panyòl, kreyòl ak fransè, sou plas oswa sou WhatsApp. Lendi ak vandredi, jou mache, nou louvri pi bonè.',
        fr: 'À la frontière nord. Nous vous recevons en espagnol, en créole et en français, sur place ou par WhatsApp. Le lundi et le vendredi, jours de marché, nous ouvrons plus tôt.',
        en: 'On the northern border. We help you in Spanish, Creole and French, in person or on WhatsApp. On Mondays and Fridays, market days, we open earlier.',
      },
      openingHours: 'Mo,Fr 07:00-16:00; Tu-Th 08:00-16:00',
      phones: [
        { number: '+18095550120', type: 'voice' },
        { number: '+18295550121', type: 'whatsapp', label: { es: 'WhatsApp', ht: 'WhatsApp' } },
      ],
      email: 'dajabon@infohub.example',
      modalities: ['in-person', 'phone', 'whatsapp'],
      lastReviewedAt: reviewedDaysAgo(40),
      reviewedBy: 'Hub de Información de Dajabón',
      reviewIntervalDays: 90,
    },
    {
      slug: 'santiago',
      country,
      name: { es: 'Hub de Información de Santiago', ht: 'Sant Enfòmasyon Santyago' },
      municipality: 'Santiago de los Caballeros',
      address: { es: 'Calle Ejemplo 88, Centro Histórico', ht: 'Calle Ejemplo 88, Centro Histórico' },
      description: {
        es: 'Orientación sobre residencia, trabajo y documentos. Citas por video para quienes viven en el campo.',
        ht: 'Oryantasyon sou rezidans, travay ak papye. Randevou pa videyo pou moun ki rete nan mòn.',
      },
      openingHours: 'Mo-Fr 08:00-17:00; Sa 09:00-12:00',
      phones: [{ number: '+18095550122', type: 'voice' }],
      email: 'santiago@infohub.example',
      modalities: ['in-person', 'phone', 'video'],
      lastReviewedAt: reviewedDaysAgo(95),
      reviewedBy: 'Hub de Información de Santiago',
      reviewIntervalDays: 90,
    },
  ],
  alerts: [
    {
      slug: 'fake-document-sellers',
      country,
      severity: 'danger',
      title: {
        es: 'Venta de carnés y visas falsas',
        ht: 'Moun k ap vann fo kat ak fo viza',
        fr: 'Vente de fausses cartes et de faux visas',
        en: 'Fake residence cards and visas for sale',
      },
      body: {
        es: 'Cerca de la frontera y en redes sociales hay personas que venden carnés de residencia y visas “rápidas”. Son falsos: te pueden detener por usarlos. Los trámites reales se hacen en Migración o en el consulado.',
        ht: 'Toupre fwontyè a ak sou rezo sosyal yo, gen moun k ap vann kat rezidans ak viza “rapid”. Se fo yo ye: yo ka arete w si w sèvi ak yo. Vrè demach yo fèt nan Migrasyon oswa nan konsila a.',
        fr: 'Près de la frontière et sur les réseaux sociaux, des personnes vendent des cartes de résidence et des visas « rapides ». Ils sont faux : vous pouvez être arrêté si vous les utilisez. Les vraies démarches se font à la Migration ou au consulat.',
        en: 'Near the border and on social media, people are selling “fast” residence cards and visas. They are fake: you can be detained for using them. Real procedures are done at immigration or at the consulate.',
      },
      startsAt: '2026-08-15T00:00:00Z',
    },
  ],
  draftGuides,
};
