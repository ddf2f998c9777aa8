import { reviewedDaysAgo } from '../reviewDates.ts';
import type { DemoGuide } from '../types.ts';

// Demo content: every organisation, address and link here is fictional, not legal advice. Left out on purpose:
// "irregular-route-north" has no French; "back-in-mexico" has only Spanish and English (returning Mexicans read
// those), and one of its step details has no English.

const country = 'mexico';
const reviewed = { lastReviewedAt: reviewedDaysAgo(33), reviewedBy: 'Hub de Información de Tijuana', reviewIntervalDays: 120 };

export const journeyGuides: DemoGuide[] = [
  {
    slug: 'irregular-route-north',
    country,
    topic: 'risks',
    audiences: ['in-transit'],
    title: {
      es: 'La ruta irregular hacia el norte: peligros y qué hacer',
      en: 'The irregular route north: dangers and what to do',
      ht: 'Wout ilegal pou al nan nò: danje yo ak sa pou w fè',
    },
    summary: {
      es: 'Subir al tren de carga, cruzar el desierto o viajar escondido en un camión pone tu vida en riesgo. Si ya estás en camino, estas medidas te pueden proteger.',
      en: 'Riding freight trains, crossing the desert or travelling hidden in a lorry puts your life at risk. If you are already on the way, these steps can protect you.',
      ht: 'Monte sou tren machandiz, travèse dezè a oswa kache nan yon kamyon mete lavi w an danje. Si w deja sou wout, bagay sa yo ka pwoteje w.',
    },
    requiredDocuments: [
      {
        name: {
          es: 'Una copia de tus documentos, separada de los originales',
          en: 'A copy of your documents, kept apart from the originals',
          ht: 'Kopi papye w yo, separe ak orijinal yo',
        },
      },
      {
        name: {
          es: 'Los números de emergencia y de tu consulado, en papel',
          en: 'Emergency and consulate numbers, on paper',
          ht: 'Nimewo ijans ak nimewo konsila w, sou papye',
        },
      },
      { name: { es: 'Agua, sombrero y suero oral', en: 'Water, a hat and oral rehydration salts', ht: 'Dlo, chapo ak sewòm oral' } },
    ],
    steps: [
      {
        title: { es: 'No subas al tren de carga', en: 'Do not ride freight trains', ht: 'Pa monte sou tren machandiz' },
        details: { es: 'Cada año hay personas que pierden una pierna o la vida.', en: 'Every year people lose a leg or their life.' },
      },
      {
        title: {
          es: 'No aceptes que te encierren en un camión',
          en: 'Do not agree to be shut inside a lorry',
          ht: 'Pa aksepte pou yo fèmen w nan yon kamyon',
        },
        details: {
          es: 'Sin aire y con calor, se puede morir en pocas horas.',
          en: 'Without air and in the heat, people can die within hours.',
          ht: 'San lè epi ak chalè, moun ka mouri nan kèk èdtan.',
        },
      },
      {
        title: {
          es: 'Si te secuestran o te extorsionan, busca ayuda en cuanto puedas',
          en: 'If you are kidnapped or extorted, get help as soon as you can',
          ht: 'Si yo kidnape w oswa fè chantaj sou ou, chèche èd pi vit ou kapab',
        },
        details: {
          es: 'Llama al 911, o al 089 para denunciar sin dar tu nombre.',
          en: 'Call 911, or 089 to report without giving your name.',
          ht: 'Rele 911, oswa 089 pou denonse san w pa bay non w.',
        },
      },
      {
        title: {
          es: 'En el desierto, si te pierdes, quédate en un lugar visible y llama al 911',
          en: 'In the desert, if you are lost, stay somewhere visible and call 911',
          ht: 'Nan dezè a, si w pèdi, rete yon kote moun ka wè w epi rele 911',
        },
      },
    ],
    cost: { es: 'Llamar al 911 y al 089 es gratis.', en: 'Calling 911 and 089 is free.', ht: 'Rele 911 ak 089 gratis.' },
    officialSources: [
      {
        title: { es: 'Campaña “Conoce la ruta”', en: '“Know the route” campaign', ht: 'Kanpay “Konnen wout la”' },
        url: 'https://migrar-seguro.example.org/ruta-norte',
      },
    ],
    body: {
      es: [
        'Los grupos criminales buscan a personas migrantes en las estaciones de autobús y cerca de las vías. Desconfía de quien te ofrece trabajo o transporte al llegar.',
        'Los albergues de la ruta te reciben sin costo. Pregunta en el Hub por los que están abiertos.',
      ],
      en: [
        'Criminal groups look for migrants at bus stations and near the tracks. Be wary of anyone who offers you work or transport when you arrive.',
        'Shelters along the route take you in free of charge. Ask the hub which ones are open.',
      ],
      ht: [
        'Gwoup kriminèl yo chèche migran nan estasyon bis ak toupre ray tren yo. Pa fè konfyans moun ki ofri w travay oswa transpò lè w fèk rive.',
        'Abri ki sou wout la resevwa w gratis. Mande nan Hub la ki sa ki louvri.',
      ],
    },
    processingTime: {
      es: 'El 911 y el 089 atienden las 24 horas.',
      en: '911 and 089 answer 24 hours a day.',
      ht: '911 ak 089 reponn 24 è sou 24.',
    },
    whereToApply: {
      es: 'En los Hubs de Tapachula y Tijuana, en los albergues de la ruta o llamando al 911.',
      en: 'At the Tapachula and Tijuana hubs, at shelters along the route, or by calling 911.',
      ht: 'Nan Hub Tapachula ak Tijuana, nan abri ki sou wout la, oswa rele 911.',
    },
    ...reviewed,
  },
  {
    slug: 'back-in-mexico',
    country,
    topic: 'return',
    audiences: ['returned'],
    title: { es: 'Regresar a México: documentos y apoyos para empezar', en: 'Back in Mexico: documents and support to get started' },
    summary: {
      es: 'Si regresaste o te repatriaron, estos documentos te abren la puerta al empleo, a la salud y a la escuela para tus hijos.',
      en: 'If you came back or were repatriated, these documents open the door to jobs, health care and school for your children.',
    },
    requiredDocuments: [
      {
        name: { es: 'Constancia de repatriación', en: 'Repatriation certificate' },
        details: {
          es: 'Te la dan al cruzar. Sirve como identificación temporal.',
          en: 'You get it when you cross. It serves as temporary ID.',
        },
      },
      {
        name: { es: 'Acta de nacimiento', en: 'Birth certificate' },
        details: {
          es: 'Puedes imprimirla en línea o en un cajero del registro civil.',
          en: 'You can print it online or at a civil registry kiosk.',
        },
      },
      { name: { es: 'CURP', en: 'CURP (population registry code)' } },
      {
        name: { es: 'Documentos escolares de tus hijos del otro país', en: 'Your children’s school records from abroad' },
        details: { es: 'Sirven para inscribirlos en el grado que les toca.', en: 'They are used to enrol them in the right grade.' },
      },
    ],
    steps: [
      { title: { es: 'Pide tu constancia al cruzar', en: 'Ask for your certificate when you cross' } },
      { title: { es: 'Saca tu acta de nacimiento y tu CURP', en: 'Get your birth certificate and CURP' } },
      {
        title: { es: 'Tramita tu credencial para votar', en: 'Apply for your voter card' },
        details: { es: 'Es la identificación más aceptada. Lleva tu acta y un comprobante de domicilio.' },
      },
      {
        title: {
          es: 'Inscríbete en la bolsa de trabajo o en un programa para personas retornadas',
          en: 'Sign up at a job board or a programme for returnees',
        },
      },
    ],
    cost: {
      es: 'La constancia es gratis. El acta cuesta alrededor de MXN 100, según el estado.',
      en: 'The certificate is free. A birth certificate costs about MXN 100, depending on the state.',
    },
    processingTime: {
      es: 'El acta y la CURP, el mismo día. La credencial, de 2 a 3 semanas.',
      en: 'Birth certificate and CURP, same day. The voter card, 2 to 3 weeks.',
    },
    whereToApply: {
      es: 'En el módulo de repatriación del puente fronterizo, en el registro civil y en un módulo del instituto electoral.',
      en: 'At the repatriation desk on the border bridge, at the civil registry and at an electoral institute office.',
    },
    officialSources: [
      { title: { es: 'Programa de repatriación', en: 'Repatriation programme' }, url: 'https://repatriacion-mx.example/regreso' },
    ],
    body: {
      es: ['Si a tus hijos les falta algún papel para la escuela, pide ayuda en el Hub: hay formas de inscribirlos mientras lo consigues.'],
      en: ['If your children are missing a paper for school, ask at the hub: there are ways to enrol them while you get it.'],
    },
    ...reviewed,
  },
  {
    slug: 'your-data-at-the-hub',
    country,
    topic: 'your-data',
    audiences: ['potential', 'in-transit', 'settled', 'returned'],
    title: { es: 'Tus datos en el Hub', en: 'Your data at the hub', fr: 'Vos données au Hub', ht: 'Enfòmasyon pèsonèl ou nan Hub la' },
    summary: {
      es: 'Te pedimos solo lo necesario para ayudarte. No compartimos tus datos con las autoridades migratorias sin tu permiso.',
      en: 'We only ask for what we need to help you. We do not share your data with the immigration authorities without your consent.',
      fr: 'Nous ne demandons que ce qui est nécessaire pour vous aider. Nous ne partageons pas vos données avec les autorités migratoires sans votre accord.',
      ht: 'Nou mande w sèlman sa nou bezwen pou ede w. Nou pa pataje enfòmasyon w ak otorite imigrasyon yo san pèmisyon w.',
    },
    requiredDocuments: [
      {
        name: {
          es: 'Tu nombre o el código de atención',
          en: 'Your name or case code',
          fr: 'Votre nom ou votre numéro de dossier',
          ht: 'Non w oswa nimewo dosye w',
        },
      },
      {
        name: {
          es: 'Un teléfono o documento para confirmar que eres tú',
          en: 'A phone number or ID to confirm it is you',
          fr: 'Un numéro de téléphone ou une pièce d’identité pour confirmer que c’est vous',
          ht: 'Yon nimewo telefòn oswa yon papye pou konfime se ou menm',
        },
      },
      {
        name: {
          es: 'Qué quieres hacer con tus datos',
          en: 'What you want done with your data',
          fr: 'Ce que vous voulez faire de vos données',
          ht: 'Sa w vle nou fè ak enfòmasyon w',
        },
      },
    ],
    steps: [
      {
        title: {
          es: 'Te explicamos qué anotamos y por qué',
          en: 'We explain what we write down and why',
          fr: 'Nous vous expliquons ce que nous notons et pourquoi',
          ht: 'N ap esplike w sa nou ekri ak poukisa',
        },
      },
      {
        title: {
          es: 'Firmas solo si estás de acuerdo',
          en: 'You sign only if you agree',
          fr: 'Vous signez seulement si vous êtes d’accord',
          ht: 'Ou siyen sèlman si w dakò',
        },
      },
      {
        title: {
          es: 'Puedes pedir ver, corregir o borrar tus datos',
          en: 'You can ask to see, correct or delete your data',
          fr: 'Vous pouvez demander à voir, corriger ou effacer vos données',
          ht: 'Ou ka mande wè, korije oswa efase enfòmasyon w',
        },
        details: {
          es: 'Escríbenos por WhatsApp o pídelo en el mostrador.',
          en: 'Message us on WhatsApp or ask at the counter.',
          fr: 'Écrivez-nous sur WhatsApp ou demandez-le au guichet.',
          ht: 'Ekri nou sou WhatsApp oswa mande sa nan kontwa a.',
        },
      },
    ],
    officialSources: [
      {
        title: { es: 'Aviso de privacidad', en: 'Privacy notice', fr: 'Avis de confidentialité', ht: 'Avi sou vi prive' },
        url: 'https://infohub.example/mx/privacidad',
      },
    ],
    body: {
      es: [
        'Guardamos tus datos en equipos con contraseña, y solo el equipo que te atiende puede verlos.',
        'Nunca te vamos a pedir fotos de tus documentos por redes sociales.',
      ],
      en: [
        'We keep your data on password-protected computers, and only the team helping you can see it.',
        'We will never ask you for photos of your documents on social media.',
      ],
      fr: [
        'Nous conservons vos données sur des ordinateurs protégés par mot de passe, et seule l’équipe qui vous reçoit peut les voir.',
        'Nous ne vous demanderons jamais de photos de vos documents sur les réseaux sociaux.',
      ],
      ht: [
        'Nou kenbe enfòmasyon w nan òdinatè ki gen modpas, epi se sèlman ekip k ap ede w la ki ka wè yo.',
        'Nou p ap janm mande w foto papye w sou rezo sosyal.',
      ],
    },
    cost: { es: 'Gratis.', en: 'Free.', fr: 'Gratuit.', ht: 'Gratis.' },
    processingTime: {
      es: 'En un máximo de 15 días.',
      en: 'Within 15 days at most.',
      fr: 'Sous 15 jours au maximum.',
      ht: 'Nan 15 jou pou pi plis.',
    },
    whereToApply: {
      es: 'En el mostrador del Hub de Tapachula o de Tijuana, o por WhatsApp.',
      en: 'At the counter of the Tapachula or Tijuana hub, or on WhatsApp.',
      fr: 'Au guichet du Hub de Tapachula ou de Tijuana, ou par WhatsApp.',
      ht: 'Nan kontwa Hub Tapachula oswa Tijuana, oswa sou WhatsApp.',
    },
    ...reviewed,
  },
];

export const draftGuides: DemoGuide[] = [
  {
    slug: 'job-board-for-applicants',
    country,
    topic: 'labour-migration',
    audiences: ['settled'],
    title: { es: 'Bolsa de trabajo para personas solicitantes de refugio (borrador)' },
    summary: {
      es: 'Borrador en revisión: el convenio con las empresas aún no está firmado. No publicar hasta que el equipo legal lo apruebe.',
    },
    requiredDocuments: [
      { name: { es: 'Tarjeta de visitante por razones humanitarias' } },
      { name: { es: 'CURP temporal' } },
      { name: { es: 'Hoja de vida (por confirmar)' } },
    ],
    steps: [
      { title: { es: 'Confirmar las empresas participantes' } },
      { title: { es: 'Validar los requisitos con el equipo legal' } },
      { title: { es: 'Traducir al inglés, francés y creole' } },
    ],
    officialSources: [{ title: { es: 'Convenio de empleo (borrador)' }, url: 'https://empleo-mx.example/convenio' }],
  },
];
