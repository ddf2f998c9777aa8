/**
 * The words the benchmark content is made of, in the four languages of the site. They are real sentences of the kind
 * hubs publish, so the search index sees the word frequencies and stems of real pages; the generator recombines them.
 * The text is fictional advice and only ever shown on a benchmark build.
 */
export type BenchLocale = 'es' | 'en' | 'fr' | 'ht';
export const benchLocales: readonly BenchLocale[] = ['es', 'en', 'fr', 'ht'];

type PerLocale<T> = Record<BenchLocale, T>;

/** What a guide is about: the first half of its title. */
export const procedures: PerLocale<readonly string[]> = {
  es: [
    'Permiso de trabajo',
    'Residencia temporal',
    'Solicitud de refugio',
    'Renovación del pasaporte',
    'Reunificación familiar',
    'Visa de estudiante',
    'Registro de nacimiento',
    'Regreso voluntario',
    'Afiliación al seguro de salud',
    'Inscripción escolar',
    'Cuenta bancaria',
    'Denuncia de trata de personas',
  ],
  en: [
    'Work permit',
    'Temporary residence',
    'Refugee application',
    'Passport renewal',
    'Family reunification',
    'Student visa',
    'Birth registration',
    'Voluntary return',
    'Joining health insurance',
    'School enrolment',
    'Bank account',
    'Reporting human trafficking',
  ],
  fr: [
    'Permis de travail',
    'Résidence temporaire',
    "Demande d'asile",
    'Renouvellement du passeport',
    'Regroupement familial',
    'Visa étudiant',
    'Déclaration de naissance',
    'Retour volontaire',
    "Affiliation à l'assurance maladie",
    'Inscription scolaire',
    'Compte bancaire',
    'Signaler la traite des personnes',
  ],
  ht: [
    'Pèmi travay',
    'Rezidans tanporè',
    'Demann azil',
    'Renouvle paspò',
    'Reyinifikasyon fanmi',
    'Viza etidyan',
    'Anrejistreman nesans',
    'Retou volontè',
    'Asirans sante',
    'Enskripsyon lekòl',
    'Kont labank',
    'Denonse trafik moun',
  ],
};

/** Who or where a guide is for: the second half of its title. */
export const qualifiers: PerLocale<readonly string[]> = {
  es: [
    'para familias',
    'para menores de edad',
    'en la frontera',
    'para trabajadores agrícolas',
    'paso a paso',
    'sin costo',
    'para personas en tránsito',
    'al regresar',
  ],
  en: [
    'for families',
    'for children',
    'at the border',
    'for farm workers',
    'step by step',
    'free of charge',
    'for people in transit',
    'when you return',
  ],
  fr: [
    'pour les familles',
    'pour les mineurs',
    'à la frontière',
    'pour les travailleurs agricoles',
    'étape par étape',
    'gratuitement',
    'pour les personnes en transit',
    'au retour',
  ],
  ht: [
    'pou fanmi yo',
    'pou timoun',
    'sou fwontyè a',
    'pou travayè agrikòl',
    'etap pa etap',
    'gratis',
    'pou moun ki an tranzit',
    'lè w retounen',
  ],
};

/** Sentences of guide bodies, summaries and descriptions. */
export const sentences: PerLocale<readonly string[]> = {
  es: [
    'Puedes hacer el trámite aunque hayas entrado al país sin documentos.',
    'Lleva tu pasaporte o tu documento de identidad y una copia de cada página.',
    'La oficina de migración atiende sin cita de lunes a viernes por la mañana.',
    'Si pides refugio, nadie puede devolverte a un país donde tu vida corre peligro.',
    'El permiso de trabajo te protege: tu empleador debe pagarte al menos el salario mínimo.',
    'Nunca pagues a una persona que promete papeles rápidos: es un engaño y puede ser un delito.',
    'Las niñas y los niños tienen derecho a estudiar, tengan o no papeles.',
    'Guarda una foto de tus documentos en tu teléfono y envía una copia a alguien de confianza.',
    'La consulta en el centro de salud es gratuita en caso de emergencia.',
    'Si tu solicitud es rechazada, tienes quince días hábiles para apelar.',
    'Un abogado de la clínica jurídica puede revisar tu caso sin costo.',
    'Pregunta en el hub de información qué documentos pide la oficina de tu ciudad.',
    'El trámite suele tardar entre uno y tres meses; guarda el comprobante de tu solicitud.',
    'Mientras esperas la respuesta, el comprobante te permite quedarte en el país.',
    'Si alguien te retiene tus documentos o te obliga a trabajar, llama a la línea de ayuda.',
    'Los consulados pueden darte un pasaporte nuevo si perdiste el tuyo en el camino.',
  ],
  en: [
    'You can apply even if you entered the country without documents.',
    'Bring your passport or identity document and a copy of every page.',
    'The immigration office sees people without an appointment on weekday mornings.',
    'If you ask for refugee status, nobody may send you back to a country where your life is in danger.',
    'A work permit protects you: your employer must pay you at least the minimum wage.',
    'Never pay someone who promises quick papers: it is a scam and may be a crime.',
    'Children have the right to go to school, with or without papers.',
    'Keep a photo of your documents on your phone and send a copy to someone you trust.',
    'A visit to the health centre is free in an emergency.',
    'If your application is refused, you have fifteen working days to appeal.',
    'A lawyer at the legal clinic can look at your case for free.',
    'Ask at the information hub which documents the office in your city asks for.',
    'It usually takes one to three months; keep the receipt for your application.',
    'While you wait for the answer, the receipt lets you stay in the country.',
    'If someone keeps your documents or forces you to work, call the help line.',
    'Consulates can give you a new passport if you lost yours on the way.',
  ],
  fr: [
    'Vous pouvez faire la démarche même si vous êtes entré dans le pays sans papiers.',
    "Apportez votre passeport ou votre pièce d'identité et une copie de chaque page.",
    "Le bureau de l'immigration reçoit sans rendez-vous du lundi au vendredi matin.",
    "Si vous demandez l'asile, personne ne peut vous renvoyer dans un pays où votre vie est en danger.",
    'Le permis de travail vous protège : votre employeur doit vous payer au moins le salaire minimum.',
    "Ne payez jamais quelqu'un qui promet des papiers rapides : c'est une arnaque et parfois un délit.",
    "Les enfants ont le droit d'aller à l'école, avec ou sans papiers.",
    "Gardez une photo de vos documents sur votre téléphone et envoyez une copie à quelqu'un de confiance.",
    "La consultation au centre de santé est gratuite en cas d'urgence.",
    'Si votre demande est refusée, vous avez quinze jours ouvrables pour faire appel.',
    'Un avocat de la clinique juridique peut examiner votre dossier gratuitement.',
    "Demandez au centre d'information quels documents le bureau de votre ville exige.",
    'La démarche prend en général un à trois mois ; gardez le reçu de votre demande.',
    'Pendant que vous attendez la réponse, le reçu vous permet de rester dans le pays.',
    "Si quelqu'un garde vos documents ou vous force à travailler, appelez la ligne d'aide.",
    'Les consulats peuvent vous donner un nouveau passeport si vous avez perdu le vôtre en route.',
  ],
  ht: [
    'Ou ka fè demach la menm si ou te antre nan peyi a san papye.',
    'Pote paspò ou oswa kat idantite ou ak yon kopi chak paj.',
    'Biwo imigrasyon an resevwa moun san randevou lendi rive vandredi nan maten.',
    'Si ou mande azil, pèsonn pa ka voye ou tounen nan yon peyi kote lavi ou an danje.',
    'Pèmi travay la pwoteje ou: patwon ou dwe peye ou omwen salè minimòm lan.',
    'Pa janm peye yon moun ki pwomèt ou papye rapid: se yon mantò e li ka yon krim.',
    'Timoun yo gen dwa al lekòl, kit yo gen papye kit yo pa genyen.',
    'Kenbe yon foto papye ou nan telefòn ou epi voye yon kopi bay yon moun ou fè konfyans.',
    'Konsiltasyon nan sant sante a gratis si se yon ijans.',
    'Si yo refize demann ou, ou gen kenz jou travay pou fè apèl.',
    'Yon avoka nan klinik jiridik la ka gade dosye ou gratis.',
    'Mande nan hub enfòmasyon an ki papye biwo vil ou a mande.',
    'Demach la konn pran ant youn ak twa mwa; kenbe resi demann ou an.',
    'Pandan w ap tann repons lan, resi a pèmèt ou rete nan peyi a.',
    'Si yon moun kenbe papye ou oswa fòse ou travay, rele liy èd la.',
    'Konsila yo ka ba ou yon nouvo paspò si ou te pèdi pa ou sou wout la.',
  ],
};

/** Names of papers a guide asks for. */
export const documentNames: PerLocale<readonly string[]> = {
  es: [
    'Pasaporte vigente',
    'Acta de nacimiento',
    'Dos fotos tamaño carné',
    'Comprobante de domicilio',
    'Carta del empleador',
    'Certificado de antecedentes penales',
  ],
  en: ['Valid passport', 'Birth certificate', 'Two passport photos', 'Proof of address', 'Letter from your employer', 'Police certificate'],
  fr: [
    'Passeport valide',
    'Acte de naissance',
    "Deux photos d'identité",
    'Justificatif de domicile',
    "Lettre de l'employeur",
    'Extrait de casier judiciaire',
  ],
  ht: ['Paspò ki valab', 'Batistè', 'De foto paspò', 'Prèv adrès', 'Lèt patwon an', 'Sètifika polis'],
};

/** Titles of a guide's steps. */
export const stepTitles: PerLocale<readonly string[]> = {
  es: [
    'Reúne tus documentos',
    'Pide una cita',
    'Paga el derecho de trámite',
    'Preséntate en la oficina',
    'Espera la respuesta',
    'Recoge tu documento',
  ],
  en: ['Gather your documents', 'Book an appointment', 'Pay the fee', 'Go to the office', 'Wait for the answer', 'Collect your document'],
  fr: [
    'Rassemblez vos documents',
    'Prenez rendez-vous',
    'Payez les frais',
    'Présentez-vous au bureau',
    'Attendez la réponse',
    'Retirez votre document',
  ],
  ht: ['Rasanble papye ou yo', 'Pran yon randevou', 'Peye frè a', 'Ale nan biwo a', 'Tann repons lan', 'Al chèche papye ou'],
};

/** What a service or a hub is called, before its town. */
export const serviceKinds: PerLocale<readonly string[]> = {
  es: [
    'Asesoría legal gratuita',
    'Albergue temporal',
    'Comedor comunitario',
    'Clínica móvil',
    'Apoyo psicológico',
    'Bolsa de empleo',
    'Oficina consular',
  ],
  en: [
    'Free legal advice',
    'Temporary shelter',
    'Community kitchen',
    'Mobile clinic',
    'Psychological support',
    'Job centre',
    'Consular office',
  ],
  fr: [
    'Conseil juridique gratuit',
    'Foyer temporaire',
    'Cantine communautaire',
    'Clinique mobile',
    'Soutien psychologique',
    "Bureau de l'emploi",
    'Bureau consulaire',
  ],
  ht: ['Konsèy legal gratis', 'Abri tanporè', 'Kantin kominotè', 'Klinik mobil', 'Sipò sikolojik', 'Biwo travay', 'Biwo konsila'],
};

export const hubWord: PerLocale<string> = {
  es: 'Hub de Información de',
  en: 'Information Hub of',
  fr: "Centre d'information de",
  ht: 'Hub enfòmasyon',
};
export const streetWord: PerLocale<string> = { es: 'Calle', en: 'Street', fr: 'Rue', ht: 'Ri' };
export const feesText: PerLocale<readonly string[]> = {
  es: ['Gratis', 'Gratis para menores; 10 dólares para adultos'],
  en: ['Free', 'Free for children; 10 dollars for adults'],
  fr: ['Gratuit', 'Gratuit pour les mineurs ; 10 dollars pour les adultes'],
  ht: ['Gratis', 'Gratis pou timoun; 10 dola pou granmoun'],
};
export const processingTimes: PerLocale<readonly string[]> = {
  es: ['Entre uno y tres meses', 'El mismo día', 'Unas dos semanas'],
  en: ['One to three months', 'The same day', 'About two weeks'],
  fr: ['Un à trois mois', 'Le jour même', 'Environ deux semaines'],
  ht: ['Youn a twa mwa', 'Menm jou a', 'Anviwon de semèn'],
};

/** The seven topics, one per kind of the taxonomy, titled in every language. */
export const benchTopics: readonly { slug: string; kind: string; title: PerLocale<string> }[] = [
  {
    slug: 'regular-channels',
    kind: 'regular-channels',
    title: { es: 'Migrar de forma regular', en: 'Migrating regularly', fr: 'Migrer de façon régulière', ht: 'Imigre nan fason legal' },
  },
  {
    slug: 'risks',
    kind: 'risks',
    title: {
      es: 'Riesgos de la migración irregular',
      en: 'Risks of irregular migration',
      fr: 'Risques de la migration irrégulière',
      ht: 'Danje migrasyon ilegal',
    },
  },
  {
    slug: 'labour-migration',
    kind: 'labour-migration',
    title: {
      es: 'Trabajar en otro país',
      en: 'Working in another country',
      fr: 'Travailler dans un autre pays',
      ht: 'Travay nan yon lòt peyi',
    },
  },
  {
    slug: 'referrals',
    kind: 'services',
    title: { es: 'Servicios y derivaciones', en: 'Services and referrals', fr: 'Services et orientation', ht: 'Sèvis ak referans' },
  },
  {
    slug: 'return',
    kind: 'return',
    title: { es: 'Regresar a tu país', en: 'Returning home', fr: 'Rentrer dans votre pays', ht: 'Retounen lakay ou' },
  },
  {
    slug: 'wellbeing',
    kind: 'wellbeing',
    title: { es: 'Salud y bienestar', en: 'Health and wellbeing', fr: 'Santé et bien-être', ht: 'Sante ak byennèt' },
  },
  {
    slug: 'your-data',
    kind: 'your-data',
    title: { es: 'Tus datos personales', en: 'Your personal data', fr: 'Vos données personnelles', ht: 'Done pèsonèl ou' },
  },
];
