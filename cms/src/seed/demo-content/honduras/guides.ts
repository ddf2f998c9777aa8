import { reviewedDaysAgo } from '../reviewDates.ts';
import type { DemoGuide } from '../types.ts';

// Demo content: every organisation, address and link here is fictional; costs and times are plausible examples,
// not legal advice. "job-offer-fraud" has no English on purpose (fallback notice).

const country = 'honduras';
const reviewed = { lastReviewedAt: reviewedDaysAgo(56), reviewedBy: 'Hub de Información de San Pedro Sula', reviewIntervalDays: 180 };

export const guides: DemoGuide[] = [
  {
    slug: 'arriving-after-return',
    country,
    topic: 'return',
    audiences: ['returned'],
    title: {
      es: 'Si te retornan: qué pasa al llegar y qué papeles pedir',
      en: 'If you are returned: what happens on arrival and which papers to ask for',
    },
    summary: {
      es: 'Al llegar al centro de atención al retornado te reciben, te dan una constancia y te ofrecen apoyo. Esta guía te dice qué pedir y qué guardar.',
      en: 'At the returnee reception centre you are received, given a certificate and offered support. This guide tells you what to ask for and what to keep.',
    },
    requiredDocuments: [
      {
        name: { es: 'Constancia de retorno', en: 'Return certificate' },
        details: {
          es: 'Te la dan en el centro de atención. Sirve para pedir apoyos y como identificación provisional.',
          en: 'You get it at the reception centre. You need it to ask for support, and it works as temporary ID.',
        },
      },
      { name: { es: 'DNI, si lo tienes', en: 'National ID card (DNI), if you have it' } },
      {
        name: { es: 'Papeles médicos o recetas', en: 'Medical papers or prescriptions' },
        details: { es: 'Si tomas medicinas, dilo al llegar para que no interrumpas el tratamiento.' },
      },
      { name: { es: 'Constancias de trabajo o estudios del extranjero', en: 'Proof of work or studies abroad' } },
    ],
    steps: [
      {
        title: { es: 'Pasa por el registro del centro de atención', en: 'Go through registration at the reception centre' },
        details: {
          es: 'Te preguntan tus datos y si necesitas atención médica. Puedes hacer una llamada gratis.',
          en: 'They ask for your details and whether you need medical care. You can make a free call.',
        },
      },
      { title: { es: 'Recibe tu constancia y revísala', en: 'Receive your certificate and check it' } },
      {
        title: { es: 'Pide el kit de llegada y el pasaje', en: 'Ask for the arrival kit and bus fare' },
        details: {
          es: 'Incluye ropa, artículos de higiene y pasaje hasta tu municipio.',
          en: 'It includes clothes, toiletries and a bus fare to your town.',
        },
      },
      {
        title: {
          es: 'En tu municipio, visita el Hub o la oficina municipal de retorno',
          en: 'In your town, visit the hub or the municipal return office',
        },
        details: { es: 'Ahí te inscriben en programas de empleo, emprendimiento y capacitación.' },
      },
    ],
    cost: { es: 'La atención al llegar es gratuita.', en: 'Support on arrival is free.' },
    processingTime: { es: 'La recepción dura de 2 a 4 horas.', en: 'Reception takes 2 to 4 hours.' },
    whereToApply: {
      es: 'En el centro de atención al migrante retornado del aeropuerto o del puesto fronterizo.',
      en: 'At the returnee reception centre at the airport or the border post.',
    },
    officialSources: [
      { title: { es: 'Atención al migrante retornado', en: 'Support for returned migrants' }, url: 'https://retorno-hn.example/atencion' },
    ],
    body: {
      es: [
        'Tienes derecho a un trato digno, a atención médica y a comunicarte con tu familia.',
        'Si tus hijos siguen en el otro país, cuéntalo: hay apoyo consular para las familias.',
      ],
      en: [
        'You have the right to be treated with dignity, to medical care and to contact your family.',
        'If your children are still in the other country, say so: there is consular support for families.',
      ],
    },
    ...reviewed,
  },
  {
    slug: 'family-reunification',
    country,
    topic: 'regular-channels',
    audiences: ['potential'],
    title: {
      es: 'Reunificación familiar: los papeles que casi siempre piden',
      en: 'Family reunification: the papers almost always asked for',
    },
    summary: {
      es: 'Si tu familiar vive con papeles en otro país, puede pedir que te reúnas con él. Cada país tiene sus reglas, pero estos documentos se piden casi siempre.',
      en: 'If your relative lives legally in another country, they can apply for you to join them. Every country has its own rules, but these papers are almost always required.',
    },
    requiredDocuments: [
      { name: { es: 'Pasaporte vigente', en: 'Valid passport' } },
      {
        name: { es: 'Partida de nacimiento apostillada', en: 'Apostilled birth certificate' },
        details: {
          es: 'La pides en el registro y la apostillas en Cancillería.',
          en: 'Get it from the registry and have it apostilled at the Foreign Ministry.',
        },
      },
      {
        name: { es: 'Acta de matrimonio o prueba de la relación', en: 'Marriage certificate or proof of the relationship' },
        details: { es: 'Para hijos, la partida de nacimiento donde aparece el familiar.' },
      },
      { name: { es: 'Antecedentes penales apostillados', en: 'Apostilled criminal record certificate' } },
      {
        name: { es: 'Prueba de ingresos y vivienda de tu familiar', en: 'Proof of your relative’s income and housing' },
        details: { es: 'Tu familiar la consigue en el país donde vive.', en: 'Your relative gets it in the country where they live.' },
      },
    ],
    steps: [
      {
        title: { es: 'Confirma los requisitos con el consulado', en: 'Confirm the requirements with the consulate' },
        details: {
          es: 'Consulta la página oficial del consulado, no grupos de redes sociales.',
          en: 'Check the consulate’s official website, not social media groups.',
        },
      },
      { title: { es: 'Saca y apostilla tus documentos', en: 'Get and apostille your documents' } },
      { title: { es: 'Traduce lo que no esté en el idioma del país', en: 'Translate whatever is not in that country’s language' } },
      { title: { es: 'Tu familiar presenta la solicitud allá', en: 'Your relative files the application over there' } },
      {
        title: { es: 'Asiste a la cita en el consulado', en: 'Go to the appointment at the consulate' },
        details: { es: 'Lleva originales y copias. Llega temprano.' },
      },
    ],
    cost: {
      es: 'Cada apostilla cuesta alrededor de L 500. La visa y las traducciones tienen su propio costo según el país.',
      en: 'Each apostille costs about L 500. The visa and translations cost extra, depending on the country.',
    },
    processingTime: { es: 'De 6 meses a más de un año, según el país.', en: '6 months to over a year, depending on the country.' },
    whereToApply: {
      es: 'Los documentos, en el registro y en Cancillería. La visa, en el consulado del país de destino.',
      en: 'Documents at the registry and the Foreign Ministry. The visa at the destination country’s consulate.',
    },
    officialSources: [
      { title: { es: 'Apostilla de documentos', en: 'Apostille of documents' }, url: 'https://cancilleria-hn.example/apostilla' },
      { title: { es: 'Directorio de consulados', en: 'Consulate directory' }, url: 'https://consulados.example.org/honduras' },
    ],
    body: {
      es: [
        'Desconfía de gestores que prometen “asegurar” la visa a cambio de dinero. Solo el consulado decide.',
        'Empieza con tiempo: apostillar y traducir puede tardar semanas.',
      ],
      en: [
        'Be wary of fixers who promise to “guarantee” the visa for money. Only the consulate decides.',
        'Start early: apostilles and translations can take weeks.',
      ],
    },
    ...reviewed,
  },
  {
    slug: 'health-care-for-returnees',
    country,
    topic: 'referrals',
    audiences: ['returned', 'settled'],
    title: { es: 'Atención de salud gratuita en tu comunidad', en: 'Free health care in your community' },
    summary: {
      es: 'Los centros de salud públicos atienden a todas las personas. Aquí te explicamos cómo sacar una cita y qué llevar.',
      en: 'Public health centres see everyone. Here is how to get an appointment and what to bring.',
    },
    requiredDocuments: [
      { name: { es: 'DNI o constancia de retorno', en: 'DNI or return certificate' } },
      { name: { es: 'Carné de vacunas, si lo tienes', en: 'Vaccination card, if you have it' } },
      { name: { es: 'Recetas o exámenes anteriores', en: 'Previous prescriptions or test results' } },
    ],
    steps: [
      {
        title: { es: 'Busca el centro de salud más cercano', en: 'Find the nearest health centre' },
        details: { es: 'El Hub tiene la lista por barrio.', en: 'The hub has the list by neighbourhood.' },
      },
      { title: { es: 'Llega temprano para sacar ficha', en: 'Arrive early to get a number' } },
      {
        title: { es: 'Cuenta al médico por dónde viajaste', en: 'Tell the doctor where you travelled' },
        details: { es: 'Algunas enfermedades dependen de la ruta.' },
      },
    ],
    cost: { es: 'La consulta es gratis. Algunas medicinas pueden tener costo.', en: 'The visit is free. Some medicines may cost money.' },
    processingTime: { es: 'Atención el mismo día si llegas temprano.', en: 'Seen the same day if you arrive early.' },
    whereToApply: { es: 'En el centro de salud de tu barrio o aldea.', en: 'At the health centre in your neighbourhood or village.' },
    officialSources: [{ title: { es: 'Red de centros de salud', en: 'Health centre network' }, url: 'https://salud-hn.example/centros' }],
    body: {
      es: ['Si es una emergencia, ve directo a la emergencia del hospital o llama al 911.'],
      en: ['In an emergency, go straight to the hospital emergency department or call 911.'],
    },
    ...reviewed,
  },
  {
    slug: 'job-offer-fraud',
    country,
    topic: 'labour-migration',
    audiences: ['potential'],
    title: { es: 'Ofertas de trabajo en el extranjero: señales de fraude' },
    summary: {
      es: 'Un anuncio con buen sueldo, sin experiencia y con viaje pagado puede ser una trampa. Revisa estas señales antes de dar dinero o documentos.',
    },
    requiredDocuments: [
      { name: { es: 'Captura o copia del anuncio' } },
      { name: { es: 'Nombre y teléfono de quien te contactó' } },
      { name: { es: 'Recibos de cualquier pago que hayas hecho' } },
    ],
    steps: [
      { title: { es: 'Desconfía si te piden pagar para conseguir el trabajo' } },
      { title: { es: 'Desconfía si te piden el pasaporte o el DNI para “tramitar”' } },
      {
        title: { es: 'Pide el contrato y el nombre real del empleador' },
        details: { es: 'Búscalo en internet junto con la palabra “estafa”.' },
      },
      { title: { es: 'Consulta en el Hub antes de decidir' } },
      { title: { es: 'Si ya pagaste, denuncia cuanto antes' }, details: { es: 'Lleva los recibos y los mensajes.' } },
    ],
    cost: { es: 'Consultar y denunciar es gratis.' },
    officialSources: [{ title: { es: 'Denuncia de estafas laborales' }, url: 'https://trabajo-hn.example/denuncias' }],
    body: {
      es: [
        'Los anuncios falsos suelen aparecer en redes sociales y grupos de WhatsApp. Usan logos de empresas conocidas.',
        'Una empresa real no te pide dinero por contratarte.',
      ],
    },
    processingTime: { es: 'Revisar una oferta con el Hub toma una sola visita.' },
    whereToApply: { es: 'En el Hub, en la oficina regional de Trabajo o, para denunciar, en la fiscalía.' },
    lastReviewedAt: reviewedDaysAgo(476),
    reviewedBy: 'Hub de Información de Choluteca',
    reviewIntervalDays: 180,
  },
  {
    slug: 'children-travelling-alone',
    country,
    topic: 'risks',
    audiences: ['potential', 'in-transit'],
    title: { es: 'Niñas, niños y adolescentes que viajan solos', en: 'Children and teenagers travelling alone' },
    summary: {
      es: 'Los menores que viajan sin su familia corren más peligro: robos, abuso, trabajo forzado. Si tu hijo o hija quiere irse, habla antes con el Hub.',
      en: 'Children travelling without family face more danger: robbery, abuse, forced labour. If your child wants to leave, talk to the hub first.',
    },
    requiredDocuments: [
      { name: { es: 'Una foto reciente de tu hijo o hija', en: 'A recent photo of your child' } },
      { name: { es: 'Su partida de nacimiento', en: 'Their birth certificate' } },
      { name: { es: 'Los teléfonos y redes sociales que usa', en: 'The phone numbers and social media accounts they use' } },
    ],
    steps: [
      {
        title: { es: 'Habla con tu hijo o hija sin regaños', en: 'Talk with your child without scolding' },
        details: { es: 'Pregunta qué le preocupa y qué espera encontrar.' },
      },
      { title: { es: 'Conozcan juntos las opciones regulares', en: 'Learn about the regular options together' } },
      {
        title: {
          es: 'Si ya se fue, guarda sus datos y una foto reciente',
          en: 'If they have already left, keep their details and a recent photo',
        },
        details: { es: 'Sirven para buscarle si pierden contacto.', en: 'They help to find them if you lose contact.' },
      },
      {
        title: { es: 'Si pierdes contacto, denuncia y pide apoyo', en: 'If you lose contact, report it and ask for help' },
        details: {
          es: 'Llama al 911 y avisa en el Hub: hay redes de búsqueda en varios países.',
          en: 'Call 911 and tell the hub: there are search networks in several countries.',
        },
      },
    ],
    officialSources: [
      {
        title: { es: 'Protección de la niñez migrante', en: 'Protection of migrant children' },
        url: 'https://ninez-hn.example/proteccion',
      },
    ],
    body: {
      es: ['Ningún niño o niña debe ser castigado por haber migrado. Tienen derecho a protección en todos los países.'],
      en: ['No child should be punished for having migrated. Children have a right to protection in every country.'],
    },
    cost: { es: 'La orientación y la búsqueda son gratuitas.', en: 'Advice and searching are free.' },
    processingTime: {
      es: 'Si pierdes contacto, avisa el mismo día: las primeras horas cuentan.',
      en: 'If you lose contact, report it the same day: the first hours matter.',
    },
    whereToApply: {
      es: 'En el 911, en el Hub o en la oficina de protección de la niñez de tu municipio.',
      en: 'At 911, at the hub, or at your municipality’s child protection office.',
    },
    ...reviewed,
  },
  {
    slug: 'your-data-at-the-hub',
    country,
    topic: 'your-data',
    audiences: ['potential', 'in-transit', 'settled', 'returned'],
    title: { es: 'Tus datos en el Hub', en: 'Your data at the hub' },
    summary: {
      es: 'Te pedimos solo lo necesario para ayudarte, y tú decides qué compartimos con otras organizaciones.',
      en: 'We only ask for what we need to help you, and you decide what we share with other organisations.',
    },
    requiredDocuments: [
      { name: { es: 'Tu nombre o el número de atención', en: 'Your name or your case number' } },
      { name: { es: 'Un teléfono o documento para confirmar que eres tú', en: 'A phone number or ID to confirm it is you' } },
      {
        name: { es: 'Si pides por otra persona, su autorización firmada', en: 'If you ask on someone else’s behalf, their signed consent' },
      },
    ],
    steps: [
      { title: { es: 'Te decimos para qué usamos cada dato', en: 'We tell you what each detail is used for' } },
      {
        title: { es: 'Puedes atenderte sin dar tu nombre completo', en: 'You can be helped without giving your full name' },
        details: { es: 'Para una orientación general no necesitamos tu documento.' },
      },
      {
        title: { es: 'Pide ver o borrar tus datos cuando quieras', en: 'Ask to see or delete your data whenever you want' },
        details: { es: 'Lo hacemos en un plazo de 15 días.', en: 'We do it within 15 days.' },
      },
    ],
    officialSources: [
      { title: { es: 'Política de privacidad del Hub', en: 'Hub privacy policy' }, url: 'https://infohub.example/hn/privacidad' },
    ],
    body: {
      es: ['Los datos se borran dos años después de tu última visita, salvo que nos pidas guardarlos.'],
      en: ['Your data is deleted two years after your last visit, unless you ask us to keep it.'],
    },
    cost: { es: 'Gratis.', en: 'Free.' },
    processingTime: { es: 'En un máximo de 15 días.', en: 'Within 15 days at most.' },
    whereToApply: {
      es: 'En el Hub de San Pedro Sula o de Choluteca, o por teléfono.',
      en: 'At the San Pedro Sula or Choluteca hub, or by phone.',
    },
    ...reviewed,
  },
];
