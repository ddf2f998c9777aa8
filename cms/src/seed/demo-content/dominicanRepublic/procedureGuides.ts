import { reviewedDaysAgo } from '../reviewDates.ts';
import type { DemoGuide } from '../types.ts';

// Demo content: every organisation, address and link here is fictional; costs and times are plausible examples,
// not legal advice. Haitian Creole comes right after Spanish here, as the country's site offers it. Left out on
// purpose: "identity-documents-consulate" has only Spanish and Creole; "birth-registration" has no English and
// some French details are missing.

const country = 'republica-dominicana';
const reviewed = { lastReviewedAt: reviewedDaysAgo(75), reviewedBy: 'Hub de Información de Dajabón', reviewIntervalDays: 180 };

export const procedureGuides: DemoGuide[] = [
  {
    slug: 'work-residence',
    country,
    topic: 'regular-channels',
    audiences: ['potential', 'settled'],
    title: {
      es: 'Residencia temporal por trabajo',
      ht: 'Rezidans tanporè pou travay',
      fr: 'Résidence temporaire pour le travail',
      en: 'Temporary residence for work',
    },
    summary: {
      es: 'Si tienes un empleador en la República Dominicana, puedes pedir una residencia temporal. Primero reúne estos papeles.',
      ht: 'Si w gen yon patwon nan Repiblik Dominikèn, ou ka mande yon rezidans tanporè. Anvan tout bagay, rasanble papye sa yo.',
      fr: 'Si vous avez un employeur en République dominicaine, vous pouvez demander une résidence temporaire. Commencez par réunir ces papiers.',
      en: 'If you have an employer in the Dominican Republic, you can apply for temporary residence. Start by gathering these papers.',
    },
    requiredDocuments: [
      {
        name: {
          es: 'Pasaporte vigente con la visa de residencia',
          ht: 'Paspò ki poko ekspire, ak viza rezidans lan',
          fr: 'Passeport valide avec le visa de résidence',
          en: 'Valid passport with the residence visa',
        },
        details: {
          es: 'La visa se pide antes, en el consulado dominicano de tu país.',
          ht: 'Ou mande viza a davans, nan konsila dominiken ki nan peyi w.',
          fr: 'Le visa se demande avant, au consulat dominicain de votre pays.',
          en: 'You apply for the visa beforehand, at the Dominican consulate in your country.',
        },
      },
      {
        name: {
          es: 'Contrato de trabajo firmado',
          ht: 'Kontra travay ki siyen',
          fr: 'Contrat de travail signé',
          en: 'Signed work contract',
        },
      },
      {
        name: {
          es: 'Carta de garantía del empleador',
          ht: 'Lèt garanti patwon an',
          fr: 'Lettre de garantie de l’employeur',
          en: 'Employer’s letter of guarantee',
        },
      },
      {
        name: { es: 'Certificado médico', ht: 'Sètifika medikal', fr: 'Certificat médical', en: 'Medical certificate' },
        details: {
          es: 'Te lo hacen en un centro autorizado durante el trámite.',
          ht: 'Yo fè l pou ou nan yon sant ki otorize, pandan demach la.',
        },
      },
      {
        name: {
          es: 'Certificado de antecedentes penales de tu país, apostillado',
          ht: 'Kazye jidisyè peyi w, apostiye',
          fr: 'Casier judiciaire de votre pays, apostillé',
          en: 'Criminal record certificate from your country, apostilled',
        },
      },
      { name: { es: 'Dos fotos 2x2', ht: 'De foto 2x2', fr: 'Deux photos 2x2', en: 'Two 2x2 photos' } },
    ],
    steps: [
      {
        title: {
          es: 'Pide la visa de residencia en el consulado',
          ht: 'Mande viza rezidans lan nan konsila a',
          fr: 'Demandez le visa de résidence au consulat',
          en: 'Apply for the residence visa at the consulate',
        },
      },
      {
        title: {
          es: 'Entra al país y ve a Migración antes de que venza la visa',
          ht: 'Antre nan peyi a epi ale nan Migrasyon anvan viza a ekspire',
          fr: 'Entrez dans le pays et allez à la Migration avant l’expiration du visa',
          en: 'Enter the country and go to immigration before the visa expires',
        },
        details: {
          es: 'Normalmente tienes 60 días.',
          ht: 'Anjeneral ou gen 60 jou.',
          fr: 'En général, vous avez 60 jours.',
          en: 'You usually have 60 days.',
        },
      },
      {
        title: {
          es: 'Haz el examen médico y la toma de huellas',
          ht: 'Fè egzamen medikal la epi bay anprent dwèt ou',
          fr: 'Passez l’examen médical et la prise d’empreintes',
          en: 'Do the medical exam and give your fingerprints',
        },
      },
      {
        title: {
          es: 'Paga y guarda los recibos',
          ht: 'Peye epi kenbe resi yo',
          fr: 'Payez et gardez les reçus',
          en: 'Pay and keep the receipts',
        },
      },
      {
        title: {
          es: 'Retira tu carné de residencia',
          ht: 'Al chèche kat rezidans ou',
          fr: 'Retirez votre carte de résidence',
          en: 'Collect your residence card',
        },
        details: {
          es: 'Vale un año y se renueva.',
          ht: 'Li bon pou yon lane, epi ou ka renouvle l.',
          fr: 'Elle est valable un an et se renouvelle.',
          en: 'It is valid for one year and can be renewed.',
        },
      },
    ],
    cost: {
      es: 'Alrededor de RD$ 20,000 entre visa, examen médico y carné. Pregunta en el Hub por el monto actualizado.',
      ht: 'Anviwon RD$ 20 000 pou viza a, egzamen medikal la ak kat la. Mande nan Hub la konbyen li koute kounye a.',
      fr: 'Environ 20 000 RD$ pour le visa, l’examen médical et la carte. Demandez le montant à jour au Hub.',
      en: 'About RD$ 20,000 for the visa, medical exam and card. Ask the hub for the current amount.',
    },
    processingTime: { es: 'De 2 a 4 meses.', ht: 'Ant 2 e 4 mwa.', fr: 'De 2 à 4 mois.', en: '2 to 4 months.' },
    whereToApply: {
      es: 'En la oficina de Migración en Santo Domingo o en Santiago.',
      ht: 'Nan biwo Migrasyon an, Sendomeng oswa Santyago.',
      fr: 'Au bureau de la Migration à Saint-Domingue ou à Santiago.',
      en: 'At the immigration office in Santo Domingo or Santiago.',
    },
    officialSources: [
      {
        title: {
          es: 'Migración: residencia temporal',
          ht: 'Migrasyon: rezidans tanporè',
          fr: 'Migration : résidence temporaire',
          en: 'Immigration: temporary residence',
        },
        url: 'https://migracion-do.example/residencia-temporal',
      },
    ],
    body: {
      es: [
        'No dejes tu pasaporte con el empleador ni con un gestor. Tú puedes hacer el trámite en persona.',
        'Si alguien te ofrece un carné “sin hacer fila”, es falso y te puede traer problemas.',
      ],
      ht: [
        'Pa kite paspò w nan men patwon an ni nan men yon demachè. Ou ka fè demach la pou kont ou.',
        'Si yon moun ofri w yon kat “san fè liy”, se fo, epi li ka mete w nan pwoblèm.',
      ],
      fr: [
        'Ne laissez pas votre passeport à l’employeur ni à un intermédiaire. Vous pouvez faire la démarche vous-même.',
        'Si quelqu’un vous propose une carte « sans faire la queue », elle est fausse et peut vous causer des ennuis.',
      ],
      en: [
        'Do not leave your passport with the employer or with a fixer. You can do the procedure in person.',
        'If someone offers you a card “without queueing”, it is fake and can get you into trouble.',
      ],
    },
    ...reviewed,
  },
  {
    slug: 'identity-documents-consulate',
    country,
    topic: 'referrals',
    audiences: ['settled', 'in-transit'],
    title: { es: 'Sacar tu pasaporte o tu acta de nacimiento haitiana', ht: 'Fè paspò w oswa ak nesans ayisyen w' },
    summary: {
      es: 'Muchos trámites piden un pasaporte vigente. Si eres haitiano o haitiana, lo puedes pedir en tu consulado sin viajar a Haití.',
      ht: 'Anpil demach mande yon paspò ki poko ekspire. Si w se Ayisyen, ou ka mande l nan konsila w, san w pa vwayaje ann Ayiti.',
    },
    requiredDocuments: [
      { name: { es: 'Acta de nacimiento (extracto de archivo)', ht: 'Ak nesans (ekstrè achiv)' } },
      { name: { es: 'Cédula haitiana o número NIF', ht: 'Kat idantite ayisyen oswa nimewo NIF' } },
      { name: { es: 'Pasaporte anterior, si tienes', ht: 'Ansyen paspò w, si w genyen' } },
      { name: { es: 'Dos fotos recientes', ht: 'De foto ki fèk fèt' } },
    ],
    steps: [
      {
        title: { es: 'Pide cita en el consulado', ht: 'Pran randevou nan konsila a' },
        details: {
          es: 'Por teléfono o en la página del consulado. La cita es gratis: no le pagues a nadie por ella.',
          ht: 'Pa telefòn oswa sou sit konsila a. Randevou a gratis: pa peye pèsonn pou li.',
        },
      },
      { title: { es: 'Paga el costo en la caja del consulado', ht: 'Peye nan kès konsila a' } },
      { title: { es: 'Entrega tus papeles y te toman la foto', ht: 'Depoze papye w yo epi yo pran foto w' } },
      {
        title: { es: 'Recoge tu pasaporte con el recibo', ht: 'Al chèche paspò w ak resi a' },
        details: { es: 'Si no puedes ir tú, pregunta qué autorización necesita la persona que vaya por ti.' },
      },
    ],
    cost: {
      es: 'Alrededor de USD 100 el pasaporte. El acta de nacimiento tiene otro costo.',
      ht: 'Anviwon 100 dola ameriken pou paspò a. Ak nesans lan gen yon lòt pri.',
    },
    processingTime: { es: 'De 1 a 3 meses.', ht: 'Ant 1 e 3 mwa.' },
    whereToApply: {
      es: 'En la embajada o en un consulado de Haití en la República Dominicana.',
      ht: 'Nan anbasad la oswa nan yon konsila Ayiti nan Repiblik Dominikèn.',
    },
    officialSources: [{ title: { es: 'Consulado: pasaportes', ht: 'Konsila: paspò' }, url: 'https://konsila-ayiti.example/paspo' }],
    body: {
      es: ['Si alguien te ofrece sacar el pasaporte “por fuera” y más rápido, desconfía: puede ser falso.'],
      ht: ['Si yon moun di w li ka fè paspò w “pa deyò” e pi vit, pa fè l konfyans: li ka fo.'],
    },
    ...reviewed,
  },
  {
    slug: 'birth-registration',
    country,
    topic: 'referrals',
    audiences: ['settled'],
    title: { es: 'Declarar el nacimiento de tu bebé', ht: 'Deklare nesans tibebe w', fr: 'Déclarer la naissance de votre bébé' },
    summary: {
      es: 'Tu bebé tiene derecho a un nombre y a un documento. Declara el nacimiento lo antes posible después del parto.',
      ht: 'Tibebe w gen dwa pou l gen yon non ak yon papye. Deklare nesans li pi vit posib apre akouchman an.',
      fr: 'Votre bébé a droit à un nom et à un document. Déclarez la naissance le plus tôt possible après l’accouchement.',
    },
    requiredDocuments: [
      {
        name: {
          es: 'Constancia de nacido vivo del hospital',
          ht: 'Papye lopital la bay pou tibebe ki fèt vivan an',
          fr: 'Certificat de naissance vivante délivré par l’hôpital',
        },
        details: {
          es: 'Pídela antes de salir del hospital.',
          ht: 'Mande l anvan w soti lopital.',
          fr: 'Demandez-le avant de quitter l’hôpital.',
        },
      },
      {
        name: { es: 'Documento de identidad de la madre', ht: 'Papye idantite manman an', fr: 'Pièce d’identité de la mère' },
        details: { es: 'Pasaporte, cédula o carné que tengas.', ht: 'Paspò, kat idantite oswa nenpòt kat ou genyen.' },
      },
      {
        name: {
          es: 'Documento del padre, si va a reconocer al bebé',
          ht: 'Papye papa a, si l ap rekonèt tibebe a',
          fr: 'Pièce d’identité du père, s’il reconnaît l’enfant',
        },
      },
    ],
    steps: [
      { title: { es: 'Pide la constancia en el hospital', ht: 'Mande papye a lopital la', fr: 'Demandez le certificat à l’hôpital' } },
      {
        title: {
          es: 'Ve a la oficina de registro indicada',
          ht: 'Ale nan biwo enskripsyon yo montre w la',
          fr: 'Allez au bureau d’enregistrement indiqué',
        },
        details: {
          es: 'El Hub te dice cuál te corresponde según tu documento.',
          ht: 'Hub la ap di w ki biwo ki pou ou, dapre papye ou genyen.',
          fr: 'Le Hub vous indique le bureau qui correspond à votre document.',
        },
      },
      { title: { es: 'Recibe el acta o el certificado', ht: 'Resevwa ak la oswa sètifika a', fr: 'Recevez l’acte ou le certificat' } },
      {
        title: {
          es: 'Regístralo también en el consulado de tu país',
          ht: 'Anrejistre l tou nan konsila peyi w',
          fr: 'Enregistrez-le aussi au consulat de votre pays',
        },
        details: {
          es: 'Así tu hijo o hija podrá tener los documentos del país de sus padres.',
          ht: 'Konsa pitit ou ka gen papye peyi papa l ak manman l.',
        },
      },
    ],
    cost: {
      es: 'Declarar a tiempo es gratis.',
      ht: 'Deklarasyon an gratis si w fè l alè.',
      fr: 'La déclaration dans les délais est gratuite.',
    },
    processingTime: {
      es: 'El mismo día, si tienes todos los papeles.',
      ht: 'Menm jou a, si w gen tout papye yo.',
      fr: 'Le jour même, si vous avez tous les papiers.',
    },
    whereToApply: {
      es: 'En la oficina de registro del hospital o en la oficialía que te indiquen.',
      ht: 'Nan biwo enskripsyon lopital la oswa nan biwo yo montre w la.',
      fr: 'Au bureau d’enregistrement de l’hôpital ou au bureau indiqué.',
    },
    officialSources: [
      {
        title: { es: 'Registro de nacimientos', ht: 'Enskripsyon nesans', fr: 'Enregistrement des naissances' },
        url: 'https://registro-do.example/nacimientos',
      },
    ],
    body: {
      es: ['Aunque no tengas residencia, declara a tu bebé. Si te ponen dificultades, pide ayuda en el Hub.'],
      ht: ['Menm si w pa gen rezidans, deklare tibebe w. Si yo ba w difikilte, mande èd nan Hub la.'],
      fr: ['Même sans résidence, déclarez votre bébé. Si l’on vous fait des difficultés, demandez de l’aide au Hub.'],
    },
    lastReviewedAt: reviewedDaysAgo(510),
    reviewedBy: 'Hub de Información de Santiago',
    reviewIntervalDays: 180,
  },
];
