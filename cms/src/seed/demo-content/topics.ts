import type { SnapshotTopic } from '@infohub/content-schemas';

/**
 * One topic per kind of the taxonomy. The slug is the kind itself (but "referrals" for services, because
 * `/services/` is the services directory's own address), so a topic's URL reads the same in every
 * language and every country. Titles and descriptions exist in all four languages: the topic list is the first
 * thing a reader sees, so it should never fall back.
 */
export const topics: SnapshotTopic[] = [
  {
    slug: 'regular-channels',
    kind: 'regular-channels',
    order: 1,
    title: {
      es: 'Migrar de forma regular',
      en: 'Migrating regularly',
      fr: 'Migrer de façon régulière',
      ht: 'Imigre nan fason legal',
    },
    description: {
      es: 'Visas, residencias, permisos de trabajo, reunificación familiar, refugio y renovaciones: qué papeles necesitas y dónde hacer el trámite.',
      en: 'Visas, residence, work permits, family reunification, refugee status and renewals: which papers you need and where to apply.',
      fr: 'Visas, résidence, permis de travail, regroupement familial, statut de réfugié et renouvellements : les papiers à fournir et où faire la demande.',
      ht: 'Viza, rezidans, pèmi travay, fanmi ki vin jwenn ou, estati refijye ak renouvèlman: ki papye ou bezwen ak ki kote pou w al fè demann nan.',
    },
  },
  {
    slug: 'risks',
    kind: 'risks',
    order: 2,
    title: {
      es: 'Riesgos de la migración irregular',
      en: 'Risks of irregular migration',
      fr: 'Risques de la migration irrégulière',
      ht: 'Danje migrasyon ilegal',
    },
    description: {
      es: 'Tráfico y trata de personas, peligros en la ruta, documentos falsos, detención y qué hacer en una emergencia.',
      en: 'Smuggling and trafficking, dangers on the route, false documents, detention, and what to do in an emergency.',
      fr: 'Trafic et traite des personnes, dangers sur la route, faux documents, détention, et que faire en cas d’urgence.',
      ht: 'Trafik moun, danje sou wout la, fo papye, arestasyon, ak sa pou w fè si gen yon ijans.',
    },
  },
  {
    slug: 'labour-migration',
    kind: 'labour-migration',
    order: 3,
    title: {
      es: 'Trabajar en otro país',
      en: 'Working in another country',
      fr: 'Travailler dans un autre pays',
      ht: 'Travay nan yon lòt peyi',
    },
    description: {
      es: 'Programas de trabajo temporal, agencias de reclutamiento con licencia, bolsas de empleo, tus derechos laborales y cómo reconocer un fraude.',
      en: 'Temporary work programmes, licensed recruitment agencies, job boards, your rights at work, and how to spot a fraud.',
      fr: 'Programmes de travail temporaire, agences de recrutement agréées, offres d’emploi, vos droits au travail et comment repérer une arnaque.',
      ht: 'Pwogram travay tanporè, ajans rekritman ki gen lisans, kote pou jwenn travay, dwa ou nan travay, ak kijan pou w rekonèt yon magouy.',
    },
  },
  {
    slug: 'referrals',
    kind: 'services',
    order: 4,
    title: {
      es: 'Servicios y apoyo',
      en: 'Services and support',
      fr: 'Services et soutien',
      ht: 'Sèvis ak èd',
    },
    description: {
      es: 'Asesoría legal, salud, albergue, alimentación, protección de la niñez, registro civil y servicios consulares cerca de ti.',
      en: 'Legal aid, health, shelter, food, child protection, civil registry and consular services near you.',
      fr: 'Aide juridique, santé, hébergement, alimentation, protection de l’enfance, état civil et services consulaires près de chez vous.',
      ht: 'Èd legal, sante, kote pou dòmi, manje, pwoteksyon timoun, eta sivil ak konsila toupre w.',
    },
  },
  {
    slug: 'return',
    kind: 'return',
    order: 5,
    title: {
      es: 'Retorno y reintegración',
      en: 'Return and reintegration',
      fr: 'Retour et réintégration',
      ht: 'Retounen lakay ak reentegrasyon',
    },
    description: {
      es: 'Qué documentos tramitar al volver, cómo hacer valer lo que aprendiste y qué programas te pueden apoyar.',
      en: 'Which documents to get when you come back, how to have your skills recognised, and which programmes can help.',
      fr: 'Les documents à refaire au retour, la reconnaissance de vos compétences et les programmes qui peuvent vous aider.',
      ht: 'Ki papye pou w fè lè w retounen, kijan pou yo rekonèt sa w konn fè, ak ki pwogram ki ka ede w.',
    },
  },
  {
    slug: 'wellbeing',
    kind: 'wellbeing',
    order: 6,
    title: {
      es: 'Bienestar emocional',
      en: 'Emotional wellbeing',
      fr: 'Bien-être émotionnel',
      ht: 'Byennèt ak sante mantal',
    },
    description: {
      es: 'Primeros auxilios psicológicos: cómo manejar el estrés y dónde encontrar a alguien con quien hablar.',
      en: 'Psychological first aid: how to cope with stress and where to find someone to talk to.',
      fr: 'Premiers secours psychologiques : gérer le stress et trouver quelqu’un à qui parler.',
      ht: 'Premye swen sikolojik: kijan pou jere estrès ak ki kote pou jwenn yon moun pou pale.',
    },
  },
  {
    slug: 'your-data',
    kind: 'your-data',
    order: 7,
    title: {
      es: 'Tus datos personales',
      en: 'Your personal data',
      fr: 'Vos données personnelles',
      ht: 'Enfòmasyon pèsonèl ou',
    },
    description: {
      es: 'Qué información guarda el centro sobre ti, para qué la usa y cuáles son tus derechos.',
      en: 'What information the hub keeps about you, what it uses it for, and what your rights are.',
      fr: 'Les informations que le centre conserve sur vous, à quoi elles servent et quels sont vos droits.',
      ht: 'Ki enfòmasyon sant lan kenbe sou ou, poukisa, ak ki dwa ou genyen.',
    },
  },
];
