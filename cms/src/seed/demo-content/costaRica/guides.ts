import { reviewedDaysAgo } from '../reviewDates.ts';
import type { DemoGuide } from '../types.ts';

// Demo content: every organisation, address and link here is fictional; costs and times are plausible examples,
// not legal advice. "harvest-work-permit" and "psychological-first-aid" have no English on purpose (fallback notice).

const country = 'costa-rica';
const reviewed = { lastReviewedAt: reviewedDaysAgo(101), reviewedBy: 'Hub de Información de Upala', reviewIntervalDays: 180 };

export const guides: DemoGuide[] = [
  {
    slug: 'temporary-residence',
    country,
    topic: 'regular-channels',
    audiences: ['settled'],
    title: { es: 'Pedir la residencia temporal', en: 'Applying for temporary residence' },
    summary: {
      es: 'Si vives en Costa Rica y tienes un vínculo familiar o un contrato de trabajo, puedes pedir la residencia temporal. Aquí están los papeles y los pasos.',
      en: 'If you live in Costa Rica and have a family tie or a work contract, you can apply for temporary residence. Here are the papers and the steps.',
    },
    requiredDocuments: [
      { name: { es: 'Pasaporte vigente y una copia de todas sus páginas', en: 'Valid passport and a copy of every page' } },
      {
        name: { es: 'Certificado de nacimiento', en: 'Birth certificate' },
        details: {
          es: 'Apostillado o legalizado en tu país. Si no está en español, llévalo traducido por un traductor oficial.',
          en: 'Apostilled or legalised in your country. If it is not in Spanish, bring an official translation.',
        },
      },
      {
        name: { es: 'Certificado de antecedentes penales', en: 'Criminal record certificate' },
        details: {
          es: 'De tu país de origen, con menos de 6 meses de emitido.',
          en: 'From your country of origin, issued less than 6 months ago.',
        },
      },
      {
        name: { es: 'Prueba del vínculo o del contrato', en: 'Proof of the family tie or the contract' },
        details: {
          es: 'Por ejemplo, el certificado de matrimonio o el contrato de trabajo firmado.',
          en: 'For example, the marriage certificate or the signed work contract.',
        },
      },
      { name: { es: 'Dos fotos recientes tamaño pasaporte', en: 'Two recent passport-size photos' } },
      { name: { es: 'Comprobante de pago de los derechos', en: 'Receipt for the application fees' } },
    ],
    steps: [
      {
        title: { es: 'Reúne y revisa tus papeles', en: 'Gather and check your papers' },
        details: {
          es: 'En el Hub te ayudamos a revisar que estén completos antes de ir. Un papel vencido es la razón más común de rechazo.',
          en: 'At the hub we can help you check that nothing is missing before you go. An expired paper is the most common reason for a refusal.',
        },
      },
      {
        title: { es: 'Paga los derechos en el banco', en: 'Pay the fees at the bank' },
        details: { es: 'Guarda el comprobante original: te lo van a pedir.', en: 'Keep the original receipt: you will be asked for it.' },
      },
      {
        title: { es: 'Pide tu cita en la oficina de Migración', en: 'Book your appointment at the immigration office' },
        details: { es: 'Puedes pedirla en línea o por teléfono. Lleva todos los originales y las copias.' },
      },
      {
        title: { es: 'Registra tus huellas y firma la solicitud', en: 'Give your fingerprints and sign the application' },
      },
      {
        title: { es: 'Espera la resolución y retira tu documento', en: 'Wait for the decision and collect your card' },
        details: {
          es: 'Te avisan por correo o por teléfono. Mientras esperas, guarda siempre el comprobante de que hiciste la solicitud.',
          en: 'You will be told by email or phone. While you wait, always keep the proof that you applied.',
        },
      },
    ],
    cost: {
      es: 'Alrededor de USD 250 en derechos y timbres, más lo que cueste apostillar y traducir tus documentos.',
      en: 'About USD 250 in fees and stamps, plus the cost of apostilles and translations.',
    },
    processingTime: { es: 'Entre 3 y 6 meses, según la oficina.', en: 'Between 3 and 6 months, depending on the office.' },
    whereToApply: {
      es: 'En la oficina central de Migración en San José o en una oficina regional (Upala, Liberia, Paso Canoas).',
      en: 'At the central immigration office in San José or at a regional office (Upala, Liberia, Paso Canoas).',
    },
    officialSources: [
      {
        title: { es: 'Migración: requisitos de residencia temporal', en: 'Immigration: temporary residence requirements' },
        url: 'https://migracion-cr.example/residencia/temporal',
      },
    ],
    body: {
      es: [
        'La residencia temporal te permite vivir y trabajar en Costa Rica por un tiempo y luego renovarla.',
        'Cada categoría tiene requisitos un poco distintos. Si no sabes cuál es la tuya, pregunta en el Hub antes de pagar nada.',
      ],
      en: [
        'Temporary residence lets you live and work in Costa Rica for a period, and you can renew it afterwards.',
        'Each category asks for slightly different papers. If you are not sure which one is yours, ask at the hub before you pay anything.',
      ],
    },
    ...reviewed,
  },
  {
    slug: 'refugee-status',
    country,
    topic: 'regular-channels',
    audiences: ['in-transit', 'settled'],
    title: { es: 'Solicitar la condición de persona refugiada', en: 'Applying for refugee status' },
    summary: {
      es: 'Si tuviste que salir de tu país porque tu vida o tu libertad estaban en peligro, puedes pedir refugio. La solicitud es gratuita.',
      en: 'If you had to leave your country because your life or freedom was in danger, you can ask for refugee status. Applying is free.',
    },
    requiredDocuments: [
      {
        name: { es: 'Documento de identidad o pasaporte, si lo tienes', en: 'ID document or passport, if you have one' },
        details: {
          es: 'Si no tienes ningún documento, igual puedes presentar la solicitud. Explícalo en la entrevista.',
          en: 'If you have no document at all, you can still apply. Explain it in the interview.',
        },
      },
      { name: { es: 'Documentos de tu familia que viaja contigo', en: 'Documents of the family members travelling with you' } },
      {
        name: { es: 'Pruebas de lo que te pasó, si tienes', en: 'Evidence of what happened to you, if you have any' },
        details: {
          es: 'Denuncias, noticias, mensajes o fotos. No es obligatorio, pero ayuda.',
          en: 'Police reports, news, messages or photos. It is not required, but it helps.',
        },
      },
      { name: { es: 'Una dirección o un teléfono donde te puedan localizar', en: 'An address or phone number where you can be reached' } },
    ],
    steps: [
      {
        title: { es: 'Pide refugio lo antes posible', en: 'Ask for refugee status as soon as you can' },
        details: {
          es: 'Puedes decirlo en la frontera, en el aeropuerto o en la oficina de refugio. No tienes que pagar a nadie.',
          en: 'You can say so at the border, at the airport or at the refugee office. You do not have to pay anyone.',
        },
      },
      { title: { es: 'Llena el formulario y entrega tus documentos', en: 'Fill in the form and hand in your documents' } },
      {
        title: { es: 'Recibe tu carné de solicitante', en: 'Receive your asylum-seeker card' },
        details: {
          es: 'Llévalo siempre contigo. Te protege mientras se estudia tu caso.',
          en: 'Always carry it. It protects you while your case is studied.',
        },
      },
      {
        title: { es: 'Asiste a la entrevista', en: 'Go to the interview' },
        details: { es: 'Tienes derecho a un intérprete. Cuenta tu historia con calma y con la verdad.' },
      },
      { title: { es: 'Espera la decisión', en: 'Wait for the decision' } },
    ],
    cost: { es: 'Gratis.', en: 'Free.' },
    processingTime: {
      es: 'El carné de solicitante se entrega en pocas semanas. La decisión final puede tardar más de un año.',
      en: 'The asylum-seeker card takes a few weeks. The final decision can take more than a year.',
    },
    whereToApply: {
      es: 'En la oficina de refugio de Migración en San José, en los puestos fronterizos o con apoyo del Hub.',
      en: 'At the immigration refugee office in San José, at border posts, or with the hub’s help.',
    },
    officialSources: [
      {
        title: { es: 'Oficina de refugio: cómo solicitar', en: 'Refugee office: how to apply' },
        url: 'https://migracion-cr.example/refugio',
      },
      { title: { es: 'Preguntas frecuentes sobre refugio', en: 'Refugee status FAQ' }, url: 'https://refugio.example.org/preguntas' },
    ],
    body: {
      es: [
        'Nadie te puede devolver a un país donde tu vida corre peligro mientras se estudia tu caso.',
        'Con el carné de solicitante puedes pedir un permiso de trabajo después de un tiempo. Pregunta en el Hub cuándo y cómo.',
      ],
      en: [
        'Nobody may send you back to a country where your life is in danger while your case is being studied.',
        'With the asylum-seeker card you can ask for a work permit after some time. Ask at the hub when and how.',
      ],
    },
    ...reviewed,
  },
  {
    slug: 'harvest-work-permit',
    country,
    topic: 'labour-migration',
    audiences: ['potential', 'settled'],
    title: { es: 'Trabajo temporal en cosechas: hacerlo con papeles' },
    summary: {
      es: 'Si vienes a trabajar en la cosecha de café, caña o naranja, tu empleador puede pedir un permiso temporal para ti. Así trabajas con seguro y con tus derechos.',
    },
    requiredDocuments: [
      { name: { es: 'Pasaporte o documento de identidad vigente' } },
      {
        name: { es: 'Carta o contrato del empleador' },
        details: { es: 'Debe decir el nombre de la finca, el tipo de trabajo, el salario y las fechas.' },
      },
      { name: { es: 'Una foto reciente tamaño pasaporte' } },
      { name: { es: 'Comprobante de inscripción en el seguro social' } },
    ],
    steps: [
      { title: { es: 'Acuerda el trabajo con el empleador antes de viajar' } },
      {
        title: { es: 'El empleador presenta la solicitud' },
        details: { es: 'El trámite lo hace la finca o la empresa. Tú no debes pagar por el permiso.' },
      },
      { title: { es: 'Recibe tu carné de trabajador temporal' } },
      {
        title: { es: 'Guarda tus papeles tú mismo' },
        details: { es: 'Nadie puede quedarse con tu pasaporte ni con tu carné. Si te lo piden, busca ayuda en el Hub.' },
      },
    ],
    cost: { es: 'Lo paga el empleador. Si alguien te cobra por el permiso, es una señal de fraude.' },
    processingTime: { es: 'De 2 a 4 semanas antes del inicio de la cosecha.' },
    whereToApply: { es: 'El empleador lo tramita en la oficina de Migración. Tú puedes confirmar el estado en el Hub.' },
    officialSources: [{ title: { es: 'Trabajadores temporales agrícolas' }, url: 'https://trabajo-cr.example/cosechas' }],
    body: {
      es: [
        'El permiso vale solo para la temporada y para el empleador que lo pidió.',
        'Tienes derecho al salario mínimo, a un lugar digno donde dormir, a agua potable y a atención médica.',
      ],
    },
    ...reviewed,
  },
  {
    slug: 'emergency-on-the-route',
    country,
    topic: 'risks',
    audiences: ['potential', 'in-transit'],
    title: {
      es: 'Cruzar sin papeles: riesgos y qué hacer en una emergencia',
      en: 'Crossing without papers: risks and what to do in an emergency',
    },
    summary: {
      es: 'Los pasos por montaña, río o selva son peligrosos, y quienes cobran por cruzarte no responden por ti. Si ya estás en camino, esto te puede ayudar.',
      en: 'Crossings through mountains, rivers or jungle are dangerous, and those who charge to take you across do not answer for you. If you are already on the way, this can help.',
    },
    requiredDocuments: [
      {
        name: { es: 'Tu documento de identidad, bien guardado', en: 'Your ID document, kept safe' },
        details: { es: 'Llévalo en una bolsa plástica, pegado al cuerpo.', en: 'Keep it in a plastic bag, close to your body.' },
      },
      {
        name: {
          es: 'Una foto de tus documentos en el teléfono o en tu correo',
          en: 'A photo of your documents on your phone or in your email',
        },
      },
      {
        name: { es: 'Números de emergencia escritos en papel', en: 'Emergency numbers written on paper' },
        details: { es: 'Por si pierdes o te quitan el teléfono.', en: 'In case your phone is lost or taken.' },
      },
    ],
    steps: [
      {
        title: { es: 'Dile a alguien de confianza por dónde vas', en: 'Tell someone you trust which way you are going' },
        details: { es: 'Acuerden una hora para comunicarse cada día.', en: 'Agree on a time to check in every day.' },
      },
      {
        title: { es: 'Desconfía de quien te pide tus documentos', en: 'Be wary of anyone who asks for your documents' },
        details: { es: 'Nadie que te quiera ayudar necesita quedarse con tu pasaporte.' },
      },
      {
        title: { es: 'En una emergencia, llama al 911', en: 'In an emergency, call 911' },
        details: {
          es: 'La llamada es gratis. Te atienden aunque no tengas papeles.',
          en: 'The call is free. They will help you even if you have no papers.',
        },
      },
      {
        title: { es: 'Busca el Hub o un albergue más cercano', en: 'Find the nearest hub or shelter' },
        details: {
          es: 'Ahí te orientan sin costo y sin pedirte documentos.',
          en: 'They will advise you free of charge and without asking for documents.',
        },
      },
    ],
    cost: { es: 'Pedir ayuda no cuesta nada.', en: 'Asking for help costs nothing.' },
    officialSources: [
      { title: { es: 'Sistema de emergencias 911', en: '911 emergency system' }, url: 'https://emergencias-cr.example/911' },
    ],
    body: {
      es: [
        'Las personas que cobran por cruzarte pueden abandonarte, robarte o entregarte a grupos que te explotan.',
        'Si alguien te obliga a trabajar o no te deja irte, eso es trata de personas. Es un delito y tú eres la víctima, no el culpable.',
      ],
      en: [
        'People who charge to take you across may abandon you, rob you or hand you over to groups that exploit you.',
        'If someone forces you to work or does not let you leave, that is human trafficking. It is a crime and you are the victim, not the one to blame.',
      ],
    },
    processingTime: { es: 'El 911 atiende las 24 horas, todos los días.', en: '911 answers 24 hours a day, every day.' },
    whereToApply: {
      es: 'Llama al 911, o acércate al Hub de Corredores o de Upala.',
      en: 'Call 911, or go to the Corredores or Upala hub.',
    },
    ...reviewed,
  },
  {
    slug: 'psychological-first-aid',
    country,
    topic: 'wellbeing',
    audiences: ['in-transit', 'settled', 'returned'],
    title: { es: 'Cuando todo pesa: cuidar tu salud emocional' },
    summary: {
      es: 'Migrar cansa el cuerpo y la mente. Sentir miedo, tristeza o rabia es normal. Aquí hay ideas sencillas y lugares donde te escuchan.',
    },
    requiredDocuments: [
      { name: { es: 'No necesitas ningún documento' }, details: { es: 'Te escuchan aunque no tengas papeles.' } },
      { name: { es: 'Un teléfono con WhatsApp o saldo, o ven en persona' } },
      { name: { es: 'La receta de tus medicinas, si tomas alguna' } },
    ],
    steps: [
      {
        title: { es: 'Respira despacio' },
        details: { es: 'Cuenta hasta cuatro al tomar aire y hasta cuatro al soltarlo. Repite cinco veces.' },
      },
      { title: { es: 'Come y duerme lo que puedas' } },
      { title: { es: 'Habla con alguien de confianza' }, details: { es: 'Una llamada corta a tu familia también ayuda.' } },
      {
        title: { es: 'Pide apoyo si no mejoras' },
        details: { es: 'Si pasan semanas y sigues sin dormir o sin ganas de nada, busca la línea de escucha o el Hub.' },
      },
    ],
    cost: { es: 'Los servicios de apoyo de esta lista son gratuitos.' },
    officialSources: [{ title: { es: 'Primeros auxilios psicológicos: guía breve' }, url: 'https://salud-mental.example.org/pap' }],
    body: {
      es: [
        'No necesitas estar enfermo para pedir ayuda. Hablar de lo que te pasa es una forma de cuidarte.',
        'Si piensas en hacerte daño, llama ya al 911 o acércate al Hub. No estás solo.',
      ],
    },
    processingTime: { es: 'La línea de escucha responde el mismo día.' },
    whereToApply: { es: 'En la línea de escucha «Hablemos», en el Hub o en el centro de salud más cercano.' },
    lastReviewedAt: reviewedDaysAgo(399),
    reviewedBy: 'Hub de Información de Corredores',
    reviewIntervalDays: 180,
  },
  {
    slug: 'your-data-at-the-hub',
    country,
    topic: 'your-data',
    audiences: ['potential', 'in-transit', 'settled', 'returned'],
    title: { es: 'Tus datos en el Hub', en: 'Your data at the hub' },
    summary: {
      es: 'Solo anotamos lo que necesitamos para ayudarte. No compartimos tus datos con Migración ni con la policía sin tu permiso.',
      en: 'We only write down what we need to help you. We do not share your data with immigration or the police without your consent.',
    },
    requiredDocuments: [
      { name: { es: 'Tu nombre, o el código de atención que te dimos', en: 'Your name, or the case code we gave you' } },
      {
        name: { es: 'Un documento o tu número de teléfono', en: 'An ID document or your phone number' },
        details: { es: 'Solo para confirmar que eres tú.', en: 'Only to confirm it is you.' },
      },
      { name: { es: 'Qué quieres hacer: ver, corregir o borrar tus datos', en: 'What you want: to see, correct or delete your data' } },
    ],
    steps: [
      {
        title: { es: 'Te explicamos qué vamos a anotar', en: 'We explain what we will write down' },
        details: { es: 'Nombre, contacto y el tipo de ayuda. Puedes usar un nombre corto si prefieres.' },
      },
      { title: { es: 'Tú decides si das tu consentimiento', en: 'You decide whether to give consent' } },
      {
        title: { es: 'Puedes pedir ver, corregir o borrar tus datos', en: 'You can ask to see, correct or delete your data' },
        details: { es: 'Pídelo en el mostrador o por WhatsApp.', en: 'Ask at the counter or on WhatsApp.' },
      },
    ],
    body: {
      es: [
        'Guardamos tus datos bajo llave y en equipos con contraseña. Solo el personal que te atiende puede verlos.',
        'Si te derivamos a otro servicio, te preguntamos antes qué datos quieres que compartamos.',
      ],
      en: [
        'We keep your data locked away and on password-protected computers. Only the staff who help you can see it.',
        'If we refer you to another service, we ask you first which details you want us to share.',
      ],
    },
    officialSources: [
      { title: { es: 'Aviso de privacidad del Hub', en: 'Hub privacy notice' }, url: 'https://infohub.example/cr/privacidad' },
    ],
    cost: { es: 'Gratis.', en: 'Free.' },
    processingTime: { es: 'Te respondemos en un máximo de 15 días.', en: 'We answer within 15 days at most.' },
    whereToApply: { es: 'En el mostrador de cualquier Hub o por WhatsApp.', en: 'At the counter of any hub, or on WhatsApp.' },
    ...reviewed,
  },
];

export const draftGuides: DemoGuide[] = [
  {
    slug: 'special-temporary-category',
    country,
    topic: 'regular-channels',
    audiences: ['settled'],
    title: { es: 'Categoría especial temporal (borrador: pendiente de confirmar)' },
    summary: {
      es: 'Borrador interno. Se anunció un nuevo programa de regularización, pero aún no hay requisitos oficiales. No publicar hasta confirmarlo.',
    },
    requiredDocuments: [
      { name: { es: 'Pasaporte o documento de identidad' } },
      { name: { es: 'Prueba de que vives en el país (por confirmar)' } },
    ],
    steps: [{ title: { es: 'Esperar el anuncio oficial de requisitos' } }, { title: { es: 'Revisar la guía con el equipo legal' } }],
    officialSources: [{ title: { es: 'Anuncio del programa' }, url: 'https://migracion-cr.example/noticias/categoria-especial' }],
  },
];
