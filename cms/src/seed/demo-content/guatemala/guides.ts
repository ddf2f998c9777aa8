import { reviewedDaysAgo } from '../reviewDates.ts';
import type { DemoGuide } from '../types.ts';

// Demo content: every organisation, address and link here is fictional; costs and times are plausible examples,
// not legal advice. "first-passport" and "before-paying-a-smuggler" have no English on purpose (fallback notice).

const country = 'guatemala';
const reviewed = { lastReviewedAt: reviewedDaysAgo(160), reviewedBy: 'Hub de Información de Quetzaltenango', reviewIntervalDays: 180 };

export const guides: DemoGuide[] = [
  {
    slug: 'seasonal-work-programme',
    country,
    topic: 'labour-migration',
    audiences: ['potential'],
    title: { es: 'Programa de trabajo temporal en el extranjero', en: 'Temporary work abroad programme' },
    summary: {
      es: 'Algunos países contratan trabajadores agrícolas por temporada a través del Ministerio de Trabajo. La inscripción es gratis y nadie te puede cobrar por un lugar.',
      en: 'Some countries hire seasonal farm workers through the Ministry of Labour. Signing up is free and nobody may charge you for a place.',
    },
    requiredDocuments: [
      { name: { es: 'DPI vigente', en: 'Valid national ID card (DPI)' } },
      {
        name: { es: 'Pasaporte vigente', en: 'Valid passport' },
        details: {
          es: 'Si no tienes, puedes inscribirte y sacarlo después, antes de la entrevista.',
          en: 'If you do not have one, you can sign up and get it later, before the interview.',
        },
      },
      {
        name: { es: 'Constancia de experiencia agrícola', en: 'Proof of farm work experience' },
        details: { es: 'Una carta del dueño de la finca o de la cooperativa donde trabajaste.' },
      },
      { name: { es: 'Antecedentes penales y policiacos', en: 'Criminal and police record certificates' } },
      { name: { es: 'Dos fotos recientes', en: 'Two recent photos' } },
    ],
    steps: [
      {
        title: { es: 'Inscríbete en la ventanilla de movilidad laboral', en: 'Sign up at the labour mobility desk' },
        details: {
          es: 'Hay ventanillas en la capital y en las cabeceras departamentales. El Hub te dice cuál te queda más cerca.',
          en: 'There are desks in the capital and in the departmental capitals. The hub can tell you which one is closest.',
        },
      },
      { title: { es: 'Espera la llamada para la entrevista', en: 'Wait for the call for an interview' } },
      {
        title: { es: 'Lee el contrato antes de firmar', en: 'Read the contract before you sign' },
        details: {
          es: 'Debe decir el salario, las horas, dónde vas a vivir y quién paga el viaje. Pide una copia.',
          en: 'It must state the wage, the hours, where you will live and who pays for the journey. Ask for a copy.',
        },
      },
      { title: { es: 'Tramita la visa con la cita que te den', en: 'Apply for the visa with the appointment you are given' } },
      {
        title: { es: 'Antes de viajar, deja copias a tu familia', en: 'Before you travel, leave copies with your family' },
        details: { es: 'Copia del contrato, del pasaporte y el teléfono del empleador.' },
      },
    ],
    cost: {
      es: 'La inscripción es gratis. En este programa el empleador paga la visa y el pasaje. Tú pagas el pasaporte.',
      en: 'Signing up is free. In this programme the employer pays for the visa and the flight. You pay for your passport.',
    },
    processingTime: { es: 'De 2 a 6 meses entre la inscripción y el viaje.', en: '2 to 6 months between signing up and travelling.' },
    whereToApply: {
      es: 'Ventanilla de movilidad laboral del Ministerio de Trabajo, o en el Hub, que te ayuda a llenar la ficha.',
      en: 'At the Ministry of Labour’s labour mobility desk, or at the hub, which can help you fill in the form.',
    },
    officialSources: [
      {
        title: { es: 'Movilidad laboral: programas vigentes', en: 'Labour mobility: current programmes' },
        url: 'https://trabajo-gt.example/movilidad',
      },
    ],
    body: {
      es: [
        'Los lugares son pocos y la selección tarda. Desconfía de quien te promete un lugar seguro a cambio de dinero.',
        'Durante la temporada tienes derechos: salario acordado, descanso, vivienda digna y atención médica.',
      ],
      en: [
        'Places are few and selection takes time. Be wary of anyone who promises you a sure place in exchange for money.',
        'During the season you have rights: the agreed wage, rest, decent housing and medical care.',
      ],
    },
    ...reviewed,
  },
  {
    slug: 'check-recruitment-agency',
    country,
    topic: 'labour-migration',
    audiences: ['potential'],
    title: { es: 'Revisar una agencia de reclutamiento y reconocer un fraude', en: 'Checking a recruitment agency and spotting fraud' },
    summary: {
      es: 'Antes de aceptar una oferta de trabajo en otro país, confirma que la agencia tiene licencia. Toma cinco minutos y te puede ahorrar mucho dinero.',
      en: 'Before you accept a job offer in another country, check that the agency is licensed. It takes five minutes and can save you a lot of money.',
    },
    requiredDocuments: [
      { name: { es: 'El nombre completo de la agencia', en: 'The agency’s full name' } },
      {
        name: { es: 'Su número de licencia', en: 'Its licence number' },
        details: { es: 'Una agencia seria te lo da sin problema.', en: 'A serious agency will give it to you without fuss.' },
      },
      { name: { es: 'La oferta de trabajo por escrito', en: 'The job offer in writing' } },
    ],
    steps: [
      {
        title: { es: 'Busca la agencia en el registro de licencias', en: 'Look the agency up in the licence register' },
        details: {
          es: 'El registro está en la página del Ministerio de Trabajo. En el Hub lo buscamos contigo.',
          en: 'The register is on the Ministry of Labour’s website. At the hub we can look it up with you.',
        },
      },
      {
        title: { es: 'Revisa las señales de alarma', en: 'Check the warning signs' },
        details: {
          es: 'Te cobran por el trabajo o la visa, te piden el pasaporte, el salario es demasiado bueno, te apuran para decidir.',
          en: 'They charge you for the job or the visa, ask for your passport, the wage is too good to be true, they rush you to decide.',
        },
      },
      { title: { es: 'Pide el contrato antes de pagar nada', en: 'Ask for the contract before paying anything' } },
      {
        title: { es: 'Si sospechas, denuncia', en: 'If in doubt, report it' },
        details: { es: 'Puedes denunciar en el Ministerio Público o contarnos en el Hub. Guarda los mensajes y recibos.' },
      },
    ],
    cost: { es: 'Revisar una licencia es gratis.', en: 'Checking a licence is free.' },
    whereToApply: {
      es: 'En línea en el registro de agencias, en la oficina del Ministerio de Trabajo o en el Hub.',
      en: 'Online in the agency register, at the Ministry of Labour office, or at the hub.',
    },
    officialSources: [
      {
        title: { es: 'Registro de agencias con licencia', en: 'Register of licensed agencies' },
        url: 'https://trabajo-gt.example/agencias',
      },
      {
        title: { es: 'Cómo denunciar un fraude laboral', en: 'How to report job fraud' },
        url: 'https://denuncias-gt.example/fraude-laboral',
      },
    ],
    body: {
      es: [
        'Una agencia con licencia no le cobra al trabajador por conseguirle el empleo. Quien paga es el empleador.',
        'Nunca entregues tu pasaporte ni tu DPI para “guardarlos”. Son tuyos.',
      ],
      en: [
        'A licensed agency does not charge the worker for finding the job. The employer pays.',
        'Never hand over your passport or ID for “safekeeping”. They are yours.',
      ],
    },
    processingTime: { es: 'La revisión en línea toma unos minutos.', en: 'Checking online takes a few minutes.' },
    ...reviewed,
  },
  {
    slug: 'first-passport',
    country,
    topic: 'regular-channels',
    audiences: ['potential'],
    title: { es: 'Sacar tu pasaporte por primera vez' },
    summary: { es: 'El pasaporte es el primer paso para viajar de forma regular. Lo tramitas en persona, con tu DPI y el pago hecho.' },
    requiredDocuments: [
      { name: { es: 'DPI vigente' } },
      { name: { es: 'Boleta de pago del pasaporte' }, details: { es: 'Se paga en el banco antes de la cita. Guarda la boleta original.' } },
      {
        name: { es: 'Para menores de edad: certificado de nacimiento' },
        details: { es: 'Deben presentarse el papá y la mamá con su DPI, o llevar la autorización que corresponda.' },
      },
    ],
    steps: [
      { title: { es: 'Paga en el banco' } },
      { title: { es: 'Haz tu cita en línea o por teléfono' } },
      { title: { es: 'Preséntate con tus documentos originales' }, details: { es: 'Ahí te toman la foto y las huellas.' } },
      { title: { es: 'Recoge tu pasaporte' } },
    ],
    cost: { es: 'Alrededor de Q 245 por 5 años de vigencia.' },
    processingTime: { es: 'De 1 a 3 semanas después de la cita.' },
    whereToApply: { es: 'En la oficina de pasaportes de la capital o en una sede departamental.' },
    officialSources: [{ title: { es: 'Pasaportes: requisitos y citas' }, url: 'https://migracion-gt.example/pasaportes' }],
    body: {
      es: ['Nadie más que la oficina de pasaportes puede darte un pasaporte. Si alguien te ofrece uno “rápido” por fuera, es falso.'],
    },
    lastReviewedAt: reviewedDaysAgo(439),
    reviewedBy: 'Hub de Información de Huehuetenango',
    reviewIntervalDays: 180,
  },
  {
    slug: 'documents-on-return',
    country,
    topic: 'return',
    audiences: ['returned'],
    title: { es: 'Al volver: recupera tus documentos', en: 'Back home: getting your documents again' },
    summary: {
      es: 'Si regresaste o te retornaron, lo primero es tener tus papeles en orden. Así puedes trabajar, estudiar y recibir apoyo.',
      en: 'If you came back or were returned, the first thing is to get your papers in order. Then you can work, study and get support.',
    },
    requiredDocuments: [
      {
        name: { es: 'Constancia de recepción', en: 'Reception certificate' },
        details: {
          es: 'Te la dan al llegar al centro de recepción. Guárdala: sirve como identificación mientras repones tu DPI.',
          en: 'You get it on arrival at the reception centre. Keep it: it serves as ID while you replace your DPI.',
        },
      },
      { name: { es: 'Certificado de nacimiento', en: 'Birth certificate' } },
      {
        name: { es: 'Constancias de estudio o de trabajo en el extranjero', en: 'Proof of study or work abroad' },
        details: { es: 'Sirven para certificar lo que aprendiste.', en: 'They help you get your skills certified.' },
      },
    ],
    steps: [
      { title: { es: 'Pide tu certificado de nacimiento', en: 'Request your birth certificate' } },
      {
        title: { es: 'Repón tu DPI si lo perdiste', en: 'Replace your DPI if you lost it' },
        details: { es: 'La primera reposición para personas retornadas puede tener descuento. Pregunta en el Hub.' },
      },
      {
        title: { es: 'Inscríbete en un programa de reintegración', en: 'Sign up for a reintegration programme' },
        details: {
          es: 'Hay apoyo para empleo, capacitación y emprendimiento.',
          en: 'There is support for jobs, training and starting a business.',
        },
      },
    ],
    cost: {
      es: 'El certificado de nacimiento cuesta alrededor de Q 15; la reposición del DPI, alrededor de Q 100.',
      en: 'A birth certificate costs about Q 15; replacing the DPI, about Q 100.',
    },
    processingTime: {
      es: 'El certificado, el mismo día. El DPI, unas 4 semanas.',
      en: 'The certificate, same day. The DPI, about 4 weeks.',
    },
    whereToApply: {
      es: 'En la oficina del registro de personas de tu municipio.',
      en: 'At the civil registry office of your municipality.',
    },
    officialSources: [{ title: { es: 'Registro de personas', en: 'Civil registry' }, url: 'https://registro-gt.example/dpi' }],
    body: {
      es: ['Volver no es un fracaso. Lo que aprendiste afuera cuenta, y hay programas que te ayudan a demostrarlo.'],
      en: ['Coming back is not a failure. What you learned abroad counts, and there are programmes that help you prove it.'],
    },
    ...reviewed,
  },
  {
    slug: 'before-paying-a-smuggler',
    country,
    topic: 'risks',
    audiences: ['potential'],
    title: { es: 'Antes de pagarle a un coyote' },
    summary: {
      es: 'Quienes cobran por llevarte sin papeles no pueden garantizar nada. Muchas personas pierden su dinero, su salud o su vida en el camino.',
    },
    requiredDocuments: [
      { name: { es: 'Tu DPI, y tu pasaporte si ya lo tienes' } },
      { name: { es: 'Cualquier oferta de trabajo o de viaje que te hayan hecho' }, details: { es: 'En el Hub la revisamos contigo.' } },
      { name: { es: 'Los números de emergencia de los países de la ruta' } },
    ],
    steps: [
      {
        title: { es: 'Pregunta en el Hub por las vías regulares' },
        details: { es: 'Puede que haya un programa de trabajo o una visa para ti.' },
      },
      { title: { es: 'No firmes deudas con tu casa o tu terreno' } },
      { title: { es: 'Si ya decidiste irte, comparte tu ruta con tu familia' } },
      { title: { es: 'Aprende los números de emergencia de cada país' }, details: { es: 'En México y Estados Unidos es el 911.' } },
    ],
    officialSources: [{ title: { es: 'Campaña “Infórmate antes de migrar”' }, url: 'https://migrar-seguro.example.org/antes' }],
    body: {
      es: [
        'En la ruta hay secuestros, extorsión y violencia. Las mujeres y los niños corren más peligro.',
        'Si te retienen o te obligan a trabajar, eres víctima de un delito. Pide ayuda en cuanto puedas.',
      ],
    },
    cost: { es: 'La orientación en el Hub es gratis.' },
    processingTime: { es: 'Te atendemos el mismo día, sin cita.' },
    whereToApply: { es: 'En el Hub de Quetzaltenango o de Huehuetenango.' },
    ...reviewed,
  },
  {
    slug: 'coping-after-return',
    country,
    topic: 'wellbeing',
    audiences: ['returned'],
    title: { es: 'Volver también cuesta: cuidar tu ánimo', en: 'Coming back is hard too: looking after yourself' },
    summary: {
      es: 'Después de volver, es común sentir vergüenza, cansancio o enojo. Son reacciones normales y hay formas de sentirte mejor.',
      en: 'After coming back, it is common to feel ashamed, tired or angry. These are normal reactions and there are ways to feel better.',
    },
    requiredDocuments: [
      { name: { es: 'No necesitas documentos para pedir apoyo', en: 'You need no documents to ask for support' } },
      {
        name: {
          es: 'Tu constancia de recepción, si quieres entrar a un grupo',
          en: 'Your reception certificate, if you want to join a group',
        },
      },
      { name: { es: 'La receta de tus medicinas, si tomas alguna', en: 'Your prescription, if you take any medicine' } },
    ],
    steps: [
      {
        title: { es: 'Date tiempo', en: 'Give yourself time' },
        details: { es: 'Los primeros días son los más difíciles.', en: 'The first days are the hardest.' },
      },
      { title: { es: 'Habla con tu familia de lo que esperan', en: 'Talk with your family about what they expect' } },
      {
        title: { es: 'Busca un grupo de apoyo', en: 'Find a support group' },
        details: { es: 'Compartir con otras personas retornadas ayuda.' },
      },
      {
        title: { es: 'Pide ayuda profesional si no duermes o no comes', en: 'Get professional help if you cannot sleep or eat' },
      },
    ],
    cost: { es: 'El apoyo psicosocial de esta lista es gratuito.', en: 'The psychosocial support listed here is free.' },
    officialSources: [
      { title: { es: 'Apoyo emocional al retorno', en: 'Emotional support on return' }, url: 'https://salud-mental.example.org/retorno' },
    ],
    processingTime: {
      es: 'Los grupos se reúnen cada semana. Te dan cita en pocos días.',
      en: 'Groups meet every week. You get an appointment within a few days.',
    },
    whereToApply: {
      es: 'En el Centro de Escucha Kemok, en el Hub o en tu centro de salud.',
      en: 'At the Kemok listening centre, at the hub or at your health centre.',
    },
    body: {
      es: ['Muchas personas retornadas se sienten así. Hablarlo con otras personas que vivieron lo mismo ayuda a cargar menos peso.'],
      en: ['Many returnees feel this way. Talking with others who lived through the same thing helps you carry less weight.'],
    },
    ...reviewed,
  },
];
