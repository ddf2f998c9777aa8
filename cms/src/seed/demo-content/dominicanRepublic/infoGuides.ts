import { reviewedDaysAgo } from '../reviewDates.ts';
import type { DemoGuide } from '../types.ts';

// Demo content: every organisation, address and link here is fictional, not legal advice. Left out on purpose:
// "work-rights-and-fraud" has no French; "psychological-first-aid" has only Spanish and Creole; a few step
// details are missing in one language.

const country = 'republica-dominicana';
const reviewed = { lastReviewedAt: reviewedDaysAgo(40), reviewedBy: 'Hub de Información de Dajabón', reviewIntervalDays: 180 };

export const infoGuides: DemoGuide[] = [
  {
    slug: 'border-crossing-risks',
    country,
    topic: 'risks',
    audiences: ['potential', 'in-transit'],
    title: {
      es: 'Cruzar la frontera por pasos no oficiales: los riesgos',
      ht: 'Travèse fwontyè a kote ki pa ofisyèl: danje yo',
      fr: 'Passer la frontière hors des postes officiels : les risques',
      en: 'Crossing the border away from official posts: the risks',
    },
    summary: {
      es: 'Quienes cobran por pasarte por el monte o el río no te protegen. Puedes perder tu dinero, tus papeles o tu vida. Conoce los riesgos y qué hacer en una emergencia.',
      ht: 'Moun ki fè w peye pou pase w nan mòn oswa nan rivyè a pa pwoteje w. Ou ka pèdi lajan w, papye w oswa lavi w. Konnen danje yo ak sa pou w fè si gen ijans.',
      fr: 'Ceux qui se font payer pour vous faire passer par la montagne ou la rivière ne vous protègent pas. Vous pouvez perdre votre argent, vos papiers ou la vie. Connaissez les risques et que faire en cas d’urgence.',
      en: 'Those who charge to take you through the hills or across the river do not protect you. You can lose your money, your papers or your life. Know the risks and what to do in an emergency.',
    },
    requiredDocuments: [
      {
        name: { es: 'Tu documento de identidad', ht: 'Papye idantite w', fr: 'Votre pièce d’identité', en: 'Your ID document' },
        details: {
          es: 'Nunca se lo des a quien te cruza.',
          ht: 'Pa janm bay moun k ap pase w la li.',
          fr: 'Ne la donnez jamais à celui qui vous fait passer.',
          en: 'Never give it to the person taking you across.',
        },
      },
      {
        name: {
          es: 'El número de un familiar escrito en papel',
          ht: 'Nimewo yon fanmi ekri sou papye',
          fr: 'Le numéro d’un proche écrit sur papier',
          en: 'A relative’s number written on paper',
        },
      },
      {
        name: {
          es: 'Agua y un teléfono cargado',
          ht: 'Dlo ak yon telefòn ki chaje',
          fr: 'De l’eau et un téléphone chargé',
          en: 'Water and a charged phone',
        },
      },
    ],
    steps: [
      {
        title: {
          es: 'Pregunta primero por las vías regulares',
          ht: 'Mande anvan pou chemen legal yo',
          fr: 'Renseignez-vous d’abord sur les voies régulières',
          en: 'First ask about the regular routes',
        },
        details: {
          es: 'En el Hub de Dajabón te explicamos qué visas y permisos existen.',
          ht: 'Nan Hub Dajabon an, n ap esplike w ki viza ak ki pèmi ki egziste.',
          fr: 'Au Hub de Dajabón, nous vous expliquons quels visas et permis existent.',
          en: 'At the Dajabón hub we explain which visas and permits exist.',
        },
      },
      {
        title: {
          es: 'No viajes de noche ni solo',
          ht: 'Pa vwayaje lannwit ni pou kont ou',
          fr: 'Ne voyagez pas de nuit ni seul',
          en: 'Do not travel at night or alone',
        },
      },
      {
        title: {
          es: 'Si te detienen, pide hablar con tu consulado',
          ht: 'Si yo arete w, mande pale ak konsila w',
          fr: 'Si vous êtes arrêté, demandez à parler à votre consulat',
          en: 'If you are detained, ask to speak to your consulate',
        },
        details: {
          es: 'Es tu derecho. No firmes nada que no entiendas.',
          ht: 'Se dwa w. Pa siyen anyen ou pa konprann.',
          fr: 'C’est votre droit. Ne signez rien que vous ne comprenez pas.',
        },
      },
      {
        title: {
          es: 'En una emergencia, llama al 911',
          ht: 'Si gen ijans, rele 911',
          fr: 'En cas d’urgence, appelez le 911',
          en: 'In an emergency, call 911',
        },
      },
    ],
    cost: { es: 'Pedir ayuda es gratis.', ht: 'Mande èd gratis.', fr: 'Demander de l’aide est gratuit.', en: 'Asking for help is free.' },
    officialSources: [
      {
        title: {
          es: 'Visas y permisos de entrada',
          ht: 'Viza ak pèmi pou antre',
          fr: 'Visas et permis d’entrée',
          en: 'Visas and entry permits',
        },
        url: 'https://migracion-do.example/visas',
      },
    ],
    body: {
      es: [
        'Las mujeres, las niñas y los niños corren más riesgo de abuso en los pasos no oficiales.',
        'Si alguien te obliga a trabajar para pagar el “pasaje”, eso es trata de personas. Pide ayuda: no es tu culpa.',
      ],
      ht: [
        'Fanm ak timoun pi an danje pou yo abize yo nan kote ki pa ofisyèl yo.',
        'Si yon moun fòse w travay pou peye “pasaj” la, se trafik moun. Mande èd: se pa fòt ou.',
      ],
      fr: [
        'Les femmes et les enfants courent plus de risques d’abus hors des postes officiels.',
        'Si quelqu’un vous oblige à travailler pour payer le « passage », c’est de la traite. Demandez de l’aide : ce n’est pas votre faute.',
      ],
      en: [
        'Women and children are at greater risk of abuse away from official posts.',
        'If someone forces you to work to pay for the “passage”, that is trafficking. Ask for help: it is not your fault.',
      ],
    },
    processingTime: {
      es: 'El 911 atiende las 24 horas.',
      ht: '911 reponn 24 è sou 24.',
      fr: 'Le 911 répond 24 h/24.',
      en: '911 answers 24 hours a day.',
    },
    whereToApply: {
      es: 'En el Hub de Dajabón, o llama al 911 en una emergencia.',
      ht: 'Nan Hub Dajabon an, oswa rele 911 si gen ijans.',
      fr: 'Au Hub de Dajabón, ou appelez le 911 en cas d’urgence.',
      en: 'At the Dajabón hub, or call 911 in an emergency.',
    },
    ...reviewed,
  },
  {
    slug: 'work-rights-and-fraud',
    country,
    topic: 'labour-migration',
    audiences: ['settled', 'potential'],
    title: {
      es: 'Tus derechos en el trabajo y cómo evitar estafas',
      ht: 'Dwa w nan travay ak kijan pou w evite magouy',
      en: 'Your rights at work and how to avoid scams',
    },
    summary: {
      es: 'Tengas o no papeles, tienes derechos como trabajador. Y nadie debe cobrarte por darte un empleo.',
      ht: 'Kit ou gen papye kit ou pa genyen, ou gen dwa kòm travayè. Epi pèsonn pa dwe fè w peye pou ba w yon travay.',
      en: 'With or without papers, you have rights as a worker. And nobody should charge you for giving you a job.',
    },
    requiredDocuments: [
      {
        name: {
          es: 'Copia de tu contrato o un mensaje que diga tu salario',
          ht: 'Kopi kontra w oswa yon mesaj ki di konbyen y ap peye w',
          en: 'A copy of your contract or a message stating your wage',
        },
      },
      { name: { es: 'Tus recibos de pago', ht: 'Resi peman w yo', en: 'Your pay slips' } },
      { name: { es: 'Nombre y dirección del empleador', ht: 'Non ak adrès patwon an', en: 'Your employer’s name and address' } },
      {
        name: {
          es: 'Una libreta con tus horas de trabajo anotadas',
          ht: 'Yon kaye kote w note lè w travay',
          en: 'A notebook where you write down your hours',
        },
      },
    ],
    steps: [
      { title: { es: 'Anota tus horas y tus pagos', ht: 'Note lè w travay ak lajan yo peye w', en: 'Write down your hours and pay' } },
      {
        title: { es: 'Guarda tu pasaporte tú mismo', ht: 'Kenbe paspò w nan men w', en: 'Keep your passport yourself' },
        details: { es: 'El empleador no puede quedárselo.', ht: 'Patwon an pa gen dwa kenbe l.', en: 'Your employer may not keep it.' },
      },
      {
        title: { es: 'Si no te pagan, busca asesoría', ht: 'Si yo pa peye w, chèche konsèy', en: 'If you are not paid, get advice' },
        details: {
          es: 'La Red de Trabajo Digno y el Hub te orientan gratis.',
          en: 'The Red de Trabajo Digno and the hub advise you free of charge.',
        },
      },
      {
        title: {
          es: 'Desconfía de quien te cobra por un empleo',
          ht: 'Pa fè konfyans moun ki mande w lajan pou yon travay',
          en: 'Be wary of anyone who charges you for a job',
        },
      },
    ],
    cost: { es: 'La orientación es gratis.', ht: 'Konsèy la gratis.', en: 'Advice is free.' },
    whereToApply: {
      es: 'En la oficina local de Trabajo, en el Hub o en la Red de Trabajo Digno.',
      ht: 'Nan biwo Travay lokal la, nan Hub la oswa nan Red de Trabajo Digno.',
      en: 'At the local labour office, at the hub or at the Red de Trabajo Digno.',
    },
    officialSources: [
      {
        title: { es: 'Derechos laborales básicos', ht: 'Dwa debaz travayè yo', en: 'Basic labour rights' },
        url: 'https://trabajo-do.example/derechos',
      },
    ],
    processingTime: {
      es: 'Un reclamo por salario puede tardar de semanas a meses.',
      ht: 'Yon reklamasyon pou salè ka pran kèk semèn rive kèk mwa.',
      en: 'A wage claim can take from weeks to months.',
    },
    body: {
      es: ['Aunque no tengas residencia, reclama el pago del trabajo que hiciste. Guarda pruebas desde el primer día.'],
      ht: ['Menm si w pa gen rezidans, reklame lajan pou travay ou fè a. Kenbe prèv depi premye jou a.'],
      en: ['Even without residence, claim the pay for the work you did. Keep evidence from day one.'],
    },
    ...reviewed,
  },
  {
    slug: 'psychological-first-aid',
    country,
    topic: 'wellbeing',
    audiences: ['in-transit', 'settled', 'returned'],
    title: {
      es: 'Primeros auxilios psicológicos: cuidarte cuando todo pesa',
      ht: 'Premye swen sikolojik: pran swen tèt ou lè bagay yo lou',
    },
    summary: {
      es: 'El estrés de migrar se siente en el cuerpo: dolor de cabeza, mal sueño, nervios. Hay cosas sencillas que ayudan y personas que te escuchan.',
      ht: 'Estrès migrasyon an rete nan kò w: tèt fè mal, ou pa dòmi byen, ou sou nè. Gen ti bagay senp ki ka ede, ak moun ki ka koute w.',
    },
    requiredDocuments: [
      { name: { es: 'No necesitas ningún documento', ht: 'Ou pa bezwen okenn papye' } },
      { name: { es: 'Un teléfono con WhatsApp, o ven en persona', ht: 'Yon telefòn ak WhatsApp, oswa vini sou plas' } },
      { name: { es: 'La receta de tus medicinas, si tomas alguna', ht: 'Preskripsyon medikaman w, si w ap pran kèk' } },
    ],
    steps: [
      { title: { es: 'Respira despacio cinco veces', ht: 'Respire dousman senk fwa' } },
      { title: { es: 'Busca un lugar tranquilo', ht: 'Chèche yon kote ki trankil' } },
      {
        title: { es: 'Habla con alguien de confianza', ht: 'Pale ak yon moun ou fè konfyans' },
        details: {
          es: 'Puede ser un familiar, un amigo o alguien de tu iglesia.',
          ht: 'Sa ka yon fanmi, yon zanmi oswa yon moun nan legliz ou.',
        },
      },
      {
        title: { es: 'Si no mejoras, pide apoyo', ht: 'Si w pa santi w pi byen, mande èd' },
        details: { es: 'En Dajabón hay un espacio de escucha en español y en creole.' },
      },
    ],
    cost: { es: 'El apoyo de esta lista es gratis.', ht: 'Èd ki nan lis sa a gratis.' },
    officialSources: [
      {
        title: { es: 'Guía breve de primeros auxilios psicológicos', ht: 'Ti gid premye swen sikolojik' },
        url: 'https://salud-mental.example.org/pap-kreyol',
      },
    ],
    body: {
      es: ['Sentir miedo o tristeza después de todo lo que viviste es normal. Pedir ayuda es una forma de cuidarte.'],
      ht: ['Li nòmal pou w santi w pè oswa tris apre tout sa w pase. Mande èd se yon fason pou w pran swen tèt ou.'],
    },
    processingTime: { es: 'Te escuchan el mismo día.', ht: 'Y ap koute w menm jou a.' },
    whereToApply: { es: 'En el Espacio Seguro Lakou de Dajabón o en el Hub.', ht: 'Nan Espacio Seguro Lakou, Dajabon, oswa nan Hub la.' },
    ...reviewed,
  },
];

export const draftGuides: DemoGuide[] = [
  {
    slug: 'assisted-return-to-haiti',
    country,
    topic: 'return',
    audiences: ['settled', 'returned'],
    title: {
      es: 'Volver a Haití con apoyo: retorno voluntario (borrador)',
      ht: 'Retounen Ayiti ak èd: retou volontè (bouyon)',
    },
    summary: {
      es: 'Borrador: falta confirmar con el programa qué apoyos siguen vigentes y para quién. No publicar todavía.',
      ht: 'Bouyon: nou poko konfime ak pwogram nan ki èd ki la toujou ak pou ki moun. Pa pibliye l kounye a.',
    },
    requiredDocuments: [
      { name: { es: 'Pasaporte o documento de viaje', ht: 'Paspò oswa papye pou vwayaje' } },
      { name: { es: 'Documentos de tus hijos e hijas', ht: 'Papye pitit ou yo' } },
      { name: { es: 'Constancias de estudios o de trabajo (por confirmar)', ht: 'Papye lekòl oswa travay (pou konfime)' } },
    ],
    steps: [
      { title: { es: 'Confirmar requisitos con el programa', ht: 'Konfime kondisyon yo ak pwogram nan' } },
      { title: { es: 'Revisar los textos con el equipo de protección', ht: 'Revize tèks yo ak ekip pwoteksyon an' } },
      { title: { es: 'Traducir al francés y al inglés', ht: 'Tradui an fransè ak an angle' } },
    ],
    officialSources: [
      { title: { es: 'Programa de retorno (borrador)', ht: 'Pwogram retou (bouyon)' }, url: 'https://retorno.example.org/haiti' },
    ],
  },
];
