import { reviewedDaysAgo } from '../reviewDates.ts';
import type { DemoGuide } from '../types.ts';

// Demo content: every organisation, address and link here is fictional; costs and times are plausible examples,
// not legal advice. Left out on purpose: "humanitarian-visitor-card" has no French or Creole; "border-worker-card"
// is Spanish only; some French details of "refugee-status" are missing.

const country = 'mexico';
const reviewed = { lastReviewedAt: reviewedDaysAgo(54), reviewedBy: 'Hub de Información de Tapachula', reviewIntervalDays: 120 };

export const statusGuides: DemoGuide[] = [
  {
    slug: 'refugee-status',
    country,
    topic: 'regular-channels',
    audiences: ['in-transit', 'settled'],
    title: {
      es: 'Pedir refugio en México',
      en: 'Applying for refugee status in Mexico',
      fr: 'Demander l’asile au Mexique',
      ht: 'Mande azil nan Meksik',
    },
    summary: {
      es: 'Si no puedes volver a tu país porque corres peligro, puedes pedir refugio. Es gratis y no necesitas abogado para empezar. Hay un plazo, así que no esperes.',
      en: 'If you cannot go back to your country because you are in danger, you can apply for refugee status. It is free and you do not need a lawyer to start. There is a deadline, so do not wait.',
      fr: 'Si vous ne pouvez pas rentrer dans votre pays parce que vous êtes en danger, vous pouvez demander l’asile. C’est gratuit et vous n’avez pas besoin d’avocat pour commencer. Il y a un délai : n’attendez pas.',
      ht: 'Si w pa ka retounen nan peyi w paske lavi w an danje, ou ka mande azil. Li gratis, epi ou pa bezwen avoka pou w kòmanse. Gen yon dat limit, kidonk pa tann.',
    },
    requiredDocuments: [
      {
        name: {
          es: 'Una identificación, si tienes (pasaporte, cédula, acta de nacimiento)',
          en: 'Any ID you have (passport, ID card, birth certificate)',
          fr: 'Une pièce d’identité, si vous en avez (passeport, carte, acte de naissance)',
          ht: 'Yon papye idantite si w genyen (paspò, kat idantite, ak nesans)',
        },
        details: {
          es: 'Si no tienes, igual puedes pedir refugio.',
          en: 'If you have none, you can still apply.',
          fr: 'Si vous n’en avez pas, vous pouvez quand même faire la demande.',
          ht: 'Si w pa genyen, ou ka mande kanmenm.',
        },
      },
      {
        name: {
          es: 'Los datos de tus familiares que viajan contigo',
          en: 'Details of the family members travelling with you',
          fr: 'Les informations sur les membres de votre famille qui voyagent avec vous',
          ht: 'Enfòmasyon sou fanmi k ap vwayaje avè w',
        },
      },
      {
        name: {
          es: 'Una dirección en la ciudad donde vas a quedarte',
          en: 'An address in the city where you will stay',
          fr: 'Une adresse dans la ville où vous allez rester',
          ht: 'Yon adrès nan vil kote w pral rete a',
        },
        details: {
          es: 'Debes quedarte en esa ciudad mientras se estudia tu caso, salvo que pidas un cambio.',
          en: 'You must stay in that city while your case is studied, unless you ask for a change.',
          ht: 'Ou dwe rete nan vil sa a pandan y ap etidye dosye w, sof si w mande chanjman.',
        },
      },
      {
        name: {
          es: 'Pruebas de lo que te pasó, si tienes',
          en: 'Evidence of what happened to you, if you have any',
          fr: 'Des preuves de ce qui vous est arrivé, si vous en avez',
          ht: 'Prèv sa k te rive w, si w genyen',
        },
      },
    ],
    steps: [
      {
        title: {
          es: 'Preséntate en la oficina de la comisión de refugiados',
          en: 'Go to the refugee commission office',
          fr: 'Présentez-vous au bureau de la commission pour les réfugiés',
          ht: 'Ale nan biwo komisyon pou refijye yo',
        },
        details: {
          es: 'En Tapachula hay mucha fila: llega temprano y lleva agua.',
          en: 'In Tapachula the queue is long: arrive early and bring water.',
          fr: 'À Tapachula, la file est longue : arrivez tôt et apportez de l’eau.',
          ht: 'Nan Tapachula, liy lan long: rive bonè epi pote dlo.',
        },
      },
      {
        title: {
          es: 'Llena la solicitud y recibe tu constancia',
          en: 'Fill in the application and get your certificate',
          fr: 'Remplissez la demande et recevez votre attestation',
          ht: 'Ranpli demann lan epi resevwa konstans ou',
        },
        details: {
          es: 'Llévala siempre contigo y muéstrala si te la piden.',
          en: 'Always carry it and show it if you are asked.',
          fr: 'Gardez-la toujours sur vous et montrez-la si on vous la demande.',
          ht: 'Toujou kenbe l sou ou epi montre l si yo mande w li.',
        },
      },
      {
        title: {
          es: 'Firma cada semana, si te lo piden',
          en: 'Sign in every week, if you are asked to',
          fr: 'Signez chaque semaine, si on vous le demande',
          ht: 'Siyen chak semèn, si yo mande w sa',
        },
        details: {
          es: 'Si faltas a la firma sin avisar, tu caso se puede cerrar.',
          en: 'If you miss a signing without notice, your case may be closed.',
          ht: 'Si w pa vin siyen san w pa avèti, yo ka fèmen dosye w.',
        },
      },
      {
        title: { es: 'Asiste a la entrevista', en: 'Go to the interview', fr: 'Allez à l’entretien', ht: 'Ale nan entèvyou a' },
        details: {
          es: 'Pide un intérprete si lo necesitas.',
          en: 'Ask for an interpreter if you need one.',
          fr: 'Demandez un interprète si vous en avez besoin.',
          ht: 'Mande yon entèprèt si w bezwen youn.',
        },
      },
      { title: { es: 'Espera la resolución', en: 'Wait for the decision', fr: 'Attendez la décision', ht: 'Tann desizyon an' } },
    ],
    cost: {
      es: 'Gratis. Nadie puede cobrarte por una cita ni por un lugar en la fila.',
      en: 'Free. Nobody may charge you for an appointment or a place in the queue.',
      fr: 'Gratuit. Personne ne peut vous faire payer un rendez-vous ou une place dans la file.',
      ht: 'Gratis. Pèsonn pa gen dwa fè w peye pou yon randevou oswa yon plas nan liy lan.',
    },
    processingTime: {
      es: 'Varios meses; a veces más de un año.',
      en: 'Several months; sometimes more than a year.',
      fr: 'Plusieurs mois, parfois plus d’un an.',
      ht: 'Plizyè mwa; pafwa plis pase yon lane.',
    },
    whereToApply: {
      es: 'En la oficina de la comisión de refugiados en Tapachula, Ciudad de México, Tijuana u otras ciudades.',
      en: 'At the refugee commission office in Tapachula, Mexico City, Tijuana or other cities.',
      fr: 'Au bureau de la commission pour les réfugiés à Tapachula, Mexico, Tijuana ou dans d’autres villes.',
      ht: 'Nan biwo komisyon refijye a nan Tapachula, Vil Meksik, Tijuana oswa lòt vil.',
    },
    officialSources: [
      {
        title: {
          es: 'Comisión de refugiados: cómo solicitar',
          en: 'Refugee commission: how to apply',
          fr: 'Commission pour les réfugiés : comment faire la demande',
          ht: 'Komisyon refijye: kijan pou w fè demann',
        },
        url: 'https://refugio-mx.example/solicitar',
      },
    ],
    body: {
      es: [
        'Con la constancia de solicitud puedes pedir una tarjeta de visitante por razones humanitarias, que te permite trabajar. Mira la guía de esa tarjeta.',
        'Pregunta en el Hub cuánto tiempo tienes para pedir refugio desde que entraste al país.',
      ],
      en: [
        'With the application certificate you can ask for a visitor card on humanitarian grounds, which lets you work. See the guide on that card.',
        'Ask at the hub how long you have to apply after entering the country.',
      ],
      fr: [
        'Avec l’attestation de demande, vous pouvez demander une carte de visiteur pour raisons humanitaires, qui vous permet de travailler.',
        'Demandez au Hub de combien de temps vous disposez pour faire la demande après votre entrée dans le pays.',
      ],
      ht: [
        'Ak konstans demann lan, ou ka mande yon kat vizitè pou rezon imanitè, ki pèmèt ou travay.',
        'Mande nan Hub la konbyen tan ou genyen pou w mande azil depi w antre nan peyi a.',
      ],
    },
    ...reviewed,
  },
  {
    slug: 'humanitarian-visitor-card',
    country,
    topic: 'regular-channels',
    audiences: ['in-transit', 'settled'],
    title: { es: 'Tarjeta de visitante por razones humanitarias', en: 'Visitor card on humanitarian grounds' },
    summary: {
      es: 'Esta tarjeta te permite estar en México de forma regular y trabajar mientras se resuelve tu caso de refugio, o si fuiste víctima o testigo de un delito.',
      en: 'This card lets you stay in Mexico regularly and work while your refugee case is decided, or if you were a victim or witness of a crime.',
    },
    requiredDocuments: [
      {
        name: {
          es: 'Constancia de solicitud de refugio, o copia de la denuncia del delito',
          en: 'Refugee application certificate, or a copy of the crime report',
        },
      },
      { name: { es: 'Una identificación, si tienes', en: 'Any ID you have' } },
      {
        name: { es: 'Formato de solicitud lleno e impreso', en: 'Completed and printed application form' },
        details: { es: 'Se llena en línea. En el Hub te ayudamos.', en: 'You fill it in online. We can help at the hub.' },
      },
      { name: { es: 'Tres fotos tamaño infantil', en: 'Three small ID photos' } },
    ],
    steps: [
      { title: { es: 'Llena el formato en línea', en: 'Fill in the form online' } },
      {
        title: { es: 'Preséntate en la oficina de Migración con tus papeles', en: 'Go to the immigration office with your papers' },
        details: { es: 'Llega con la cita impresa y con copias de todo.' },
      },
      { title: { es: 'Registra tus huellas y te toman la foto', en: 'Give your fingerprints and have your photo taken' } },
      {
        title: { es: 'Recoge tu tarjeta', en: 'Collect your card' },
        details: {
          es: 'Con ella puedes pedir tu CURP temporal y trabajar con contrato.',
          en: 'With it you can get a temporary CURP (population registry code) and work with a contract.',
        },
      },
    ],
    cost: { es: 'No tiene costo.', en: 'No charge.' },
    processingTime: { es: 'De 1 a 3 meses.', en: '1 to 3 months.' },
    whereToApply: {
      es: 'En la oficina de Migración de la ciudad donde pediste refugio.',
      en: 'At the immigration office in the city where you applied for refugee status.',
    },
    officialSources: [
      {
        title: { es: 'Migración: tarjeta por razones humanitarias', en: 'Immigration: humanitarian visitor card' },
        url: 'https://migracion-mx.example/tvrh',
      },
    ],
    body: {
      es: ['La tarjeta se renueva mientras tu caso de refugio siga abierto. Pide la renovación antes de que venza.'],
      en: ['The card is renewed while your refugee case is open. Ask for the renewal before it expires.'],
    },
    ...reviewed,
  },
  {
    slug: 'border-worker-card',
    country,
    topic: 'labour-migration',
    audiences: ['potential'],
    title: { es: 'Tarjeta de trabajador fronterizo' },
    summary: {
      es: 'Si eres de Guatemala o Belice, con esta tarjeta puedes trabajar con papeles en algunos estados del sur de México. La pide cada trabajador, con una oferta de empleo.',
    },
    requiredDocuments: [
      {
        name: { es: 'Pasaporte o documento de identidad de tu país' },
        details: { es: 'Pregunta en el Hub cuál aceptan para tu nacionalidad.' },
      },
      { name: { es: 'Oferta de trabajo de un empleador registrado' } },
      { name: { es: 'Una foto reciente' } },
    ],
    steps: [
      { title: { es: 'Consigue la oferta de trabajo por escrito' } },
      {
        title: { es: 'Preséntate en la oficina de Migración de la frontera' },
        details: { es: 'Por ejemplo, en Ciudad Hidalgo o en Tapachula.' },
      },
      { title: { es: 'Registra tus huellas' } },
      { title: { es: 'Recibe la tarjeta y llévala siempre contigo' } },
    ],
    cost: { es: 'Gratis. Si alguien te cobra por tramitarla, es un fraude.' },
    processingTime: { es: 'El mismo día o en pocos días.' },
    whereToApply: { es: 'En la oficina de Migración de la frontera sur.' },
    officialSources: [{ title: { es: 'Trabajadores fronterizos' }, url: 'https://migracion-mx.example/trabajador-fronterizo' }],
    body: { es: ['La tarjeta vale solo en algunos estados del sur. Para trabajar en otra parte del país necesitas otro permiso.'] },
    lastReviewedAt: reviewedDaysAgo(525),
    reviewedBy: 'Hub de Información de Tapachula',
    reviewIntervalDays: 120,
  },
];
