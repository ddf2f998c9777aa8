/**
 * The benchmark's content: a large, realistic and always identical set of guides, services and hubs, in the
 * snapshot's shape. The same content feeds the site build (as a snapshot), the CMS load test (seeded through
 * Payload) and the reference sites (Starlight, Hugo), so their figures compare like with like.
 *
 * Countries are content-schemas' own list: the CMS accepts no other, and the site and the CMS must hold the same
 * documents. A large scale therefore puts more documents in each real country rather than inventing countries.
 */
import {
  audiences,
  countries,
  describePhoneNumberProblem,
  hubModalities,
  type Localized,
  locales,
  SNAPSHOT_SCHEMA_VERSION,
  type Snapshot,
  type SnapshotCountry,
  type SnapshotGuide,
  type SnapshotHub,
  type SnapshotService,
  type SnapshotTopic,
  serviceCategories,
  shortNumbersOf,
  slugify,
} from '@infohub/content-schemas';
import { type CountryCode, getCountryCallingCode } from 'libphonenumber-js';
import {
  type BenchLocale,
  benchLocales,
  benchTopics,
  documentNames,
  feesText,
  hubWord,
  procedures,
  processingTimes,
  qualifiers,
  sentences,
  serviceKinds,
  stepTitles,
  streetWord,
} from './benchText.ts';

/** Every generated date is counted from this one, so a run next year generates the same bytes. */
const referenceDate = Date.parse('2026-06-01T00:00:00Z');
const dayMs = 86_400_000;

export type BenchGuide = Omit<SnapshotGuide, 'id' | 'updatedAt' | 'bodyHtml' | 'image'> & { body: Localized<string[]> };
export type BenchService = Omit<SnapshotService, 'id' | 'updatedAt'>;
export type BenchHub = Omit<SnapshotHub, 'id' | 'updatedAt'>;

/** The CMS seed's input shape (cms/src/seed/demo-content/types.ts), so the seed loads it unchanged. */
export interface BenchCountryContent {
  country: SnapshotCountry;
  guides: BenchGuide[];
  services: BenchService[];
  hubs: BenchHub[];
  alerts: never[];
  draftGuides: never[];
}

export interface BenchContent {
  topics: SnapshotTopic[];
  countries: BenchCountryContent[];
}

export interface BenchScale {
  /** Guide, service and hub pages the site will have (documents × languages), before lists and country pages. */
  documentPages: number;
  seed: number;
}

export const benchScales = {
  /** A smoke run for CI: a few documents per country. */
  tiny: { documentPages: 84, seed: 8 },
  /** A developer's run in a few minutes. */
  small: { documentPages: 840, seed: 8 },
  /** The 8,000 pages. */
  large: { documentPages: 8000, seed: 8 },
  /** Twice the large content: a publish must cost no more here than there. */
  xlarge: { documentPages: 16000, seed: 8 },
} as const satisfies Record<string, BenchScale>;
export type BenchScaleName = keyof typeof benchScales;

/** mulberry32: a tiny seeded generator; the same seed always gives the same numbers on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class Picker {
  readonly random: () => number;
  constructor(random: () => number) {
    this.random = random;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  index(length: number): number {
    return Math.floor(this.random() * length);
  }
  chance(probability: number): boolean {
    return this.random() < probability;
  }
  some<T>(items: readonly T[], min: number, max: number): T[] {
    const pool = [...items];
    const count = Math.min(pool.length, this.int(min, max));
    const picked: T[] = [];
    for (let n = 0; n < count; n++) picked.push(pool.splice(this.index(pool.length), 1)[0] as T);
    return picked;
  }
}

/** One value per language, each the same choice (by index) from that language's list: translations of each other. */
function perLocale(lists: Record<BenchLocale, readonly string[]>, index: number): Record<BenchLocale, string> {
  return Object.fromEntries(benchLocales.map((locale) => [locale, lists[locale][index % lists[locale].length]])) as Record<
    BenchLocale,
    string
  >;
}

function joinPerLocale(...parts: Record<BenchLocale, string>[]): Record<BenchLocale, string> {
  return Object.fromEntries(benchLocales.map((locale) => [locale, parts.map((part) => part[locale]).join(' ')])) as Record<
    BenchLocale,
    string
  >;
}

/** Sentences chosen once by index, so every language says the same thing. */
function text(pick: Picker, sentenceCount: number): Record<BenchLocale, string> {
  const indexes = Array.from({ length: sentenceCount }, () => pick.index(sentences.es.length));
  return Object.fromEntries(benchLocales.map((locale) => [locale, indexes.map((index) => sentences[locale][index]).join(' ')])) as Record<
    BenchLocale,
    string
  >;
}

function paragraphs(pick: Picker, count: number): Localized<string[]> {
  const perParagraph = Array.from({ length: count }, () => text(pick, pick.int(3, 6)));
  return Object.fromEntries(benchLocales.map((locale) => [locale, perParagraph.map((paragraph) => paragraph[locale])]));
}

const cityNames = ['San Isidro', 'Santa Rosa', 'La Esperanza', 'El Progreso', 'Puerto Nuevo', 'Villa Hermosa', 'San Miguel', 'Las Flores'];

function reviewFields(pick: Picker, reviewer: string) {
  return {
    lastReviewedAt: new Date(referenceDate - pick.int(5, 200) * dayMs).toISOString(),
    reviewedBy: reviewer,
    reviewIntervalDays: 90,
  };
}

/**
 * A number readers could dial in the country: its calling code and the shortest national length libphonenumber-js
 * accepts for it (the same check the CMS and the site build make), made unique by a running number.
 */
function phone(countryIndex: number, serial: number): string {
  const definition = countries[countryIndex];
  if (!definition) throw new Error(`No country at index ${countryIndex}.`);
  const callingCode = getCountryCallingCode(definition.code as CountryCode);
  for (let length = 8; length <= 12; length += 1) {
    const candidate = `+${callingCode}2${String(serial).padStart(length - 1, '0')}`;
    if (describePhoneNumberProblem(candidate) === undefined) return candidate;
  }
  throw new Error(`No national number length of ${definition.code} holds the running number ${serial}.`);
}

function guide(pick: Picker, country: string, serial: number): BenchGuide {
  const procedure = pick.index(procedures.es.length);
  const qualifier = pick.index(qualifiers.es.length);
  const title = joinPerLocale(perLocale(procedures, procedure), perLocale(qualifiers, qualifier));
  const topic = benchTopics[pick.index(benchTopics.length)] as (typeof benchTopics)[number];
  return {
    slug: `${slugify(title.en)}-${serial}`,
    country,
    topic: topic.slug,
    audiences: pick.some(audiences, 1, 3),
    title,
    summary: text(pick, 2),
    body: paragraphs(pick, pick.int(3, 8)),
    requiredDocuments: pick.some(documentNames.es, 2, 5).map((name) => {
      const index = documentNames.es.indexOf(name);
      return { name: perLocale(documentNames, index), ...(pick.chance(0.5) ? { details: text(pick, 1) } : {}) };
    }),
    steps: Array.from({ length: pick.int(3, 6) }, (_, step) => ({
      title: perLocale(stepTitles, step),
      details: text(pick, pick.int(1, 3)),
    })),
    cost: perLocale(feesText, pick.index(feesText.es.length)),
    processingTime: perLocale(processingTimes, pick.index(processingTimes.es.length)),
    whereToApply: text(pick, 1),
    officialSources: Array.from({ length: pick.int(1, 3) }, (_, index) => ({
      title: joinPerLocale(perLocale(procedures, procedure), {
        es: `(fuente ${index + 1})`,
        en: `(source ${index + 1})`,
        fr: `(source ${index + 1})`,
        ht: `(sous ${index + 1})`,
      }),
      url: `https://gobierno.example/${country}/${slugify(title.es)}/${index + 1}`,
    })),
    ...reviewFields(pick, 'Hub de Información'),
  };
}

function service(pick: Picker, country: string, countryIndex: number, serial: number): BenchService {
  const kind = pick.index(serviceKinds.es.length);
  const city = cityNames[pick.index(cityNames.length)] as string;
  const name = joinPerLocale(perLocale(serviceKinds, kind), { es: city, en: city, fr: city, ht: city });
  return {
    slug: `${slugify(name.en)}-${serial}`,
    country,
    organization: `${city} ${['Cruz Roja', 'Pastoral de Movilidad Humana', 'Clínica Jurídica', 'Municipalidad'][pick.index(4)]}`,
    name,
    description: text(pick, pick.int(3, 6)),
    category: serviceCategories[kind % serviceCategories.length] as BenchService['category'],
    city,
    address: Object.fromEntries(benchLocales.map((locale) => [locale, `${streetWord[locale]} ${pick.int(1, 40)}, ${city}`])),
    location: { latitude: 8 + pick.random(), longitude: -90 + pick.random() * 10 },
    phones: [
      { number: phone(countryIndex, serial), type: 'voice' },
      ...(pick.chance(0.6) ? [{ number: phone(countryIndex, serial + 500_000), type: 'whatsapp' as const }] : []),
    ],
    email: `servicio${serial}@ayuda.example.org`,
    website: `https://ayuda.example.org/${country}/${serial}`,
    openingHours: pick.chance(0.7) ? 'Mo-Fr 08:00-16:00' : 'Mo-Sa 07:00-17:00; Su off',
    status: pick.chance(0.9) ? 'active' : 'temporarily-closed',
    languages: pick.some(['es', 'en', 'fr', 'ht'], 1, 3),
    fees: perLocale(feesText, pick.index(feesText.es.length)),
    eligibility: text(pick, 1),
    ...reviewFields(pick, 'Hub de Información'),
  };
}

function hub(pick: Picker, country: string, countryIndex: number, serial: number): BenchHub {
  const town = `${cityNames[pick.index(cityNames.length)]} ${serial}`;
  return {
    slug: `${slugify(town)}`,
    country,
    name: joinPerLocale(hubWord, { es: town, en: town, fr: town, ht: town }),
    municipality: town,
    address: {
      es: `Parque central, oficina ${serial}`,
      en: `Central park, office ${serial}`,
      fr: `Parc central, bureau ${serial}`,
      ht: `Pak santral, biwo ${serial}`,
    },
    description: text(pick, pick.int(2, 4)),
    openingHours: 'Mo-Fr 08:00-16:00; Sa 08:00-12:00',
    phones: [{ number: phone(countryIndex, 900_000 + serial), type: 'whatsapp' }],
    email: `hub${serial}@infohub.example`,
    modalities: pick.some(hubModalities, 1, 4),
    ...reviewFields(pick, 'OIM'),
  };
}

/** Documents per country so that documents × languages × countries reaches the scale's page count. */
export function documentsPerCountry(scale: BenchScale): number {
  return Math.ceil(scale.documentPages / (countries.length * benchLocales.length));
}

/** Half guides, four in ten services, the rest hubs (at least one of each). */
export function generateBenchContent(scale: BenchScale): BenchContent {
  const pick = new Picker(seededRandom(scale.seed));
  const perCountry = documentsPerCountry(scale);
  const guideCount = Math.max(1, Math.round(perCountry * 0.5));
  const serviceCount = Math.max(1, Math.round(perCountry * 0.4));
  const hubCount = Math.max(1, perCountry - guideCount - serviceCount);
  return {
    topics: benchTopics.map((topic, order) => ({
      slug: topic.slug,
      kind: topic.kind as SnapshotTopic['kind'],
      order: order + 1,
      title: topic.title,
      description: text(pick, 1),
    })),
    countries: countries.map((definition, countryIndex) => {
      const country = definition.slug;
      return {
        country: {
          code: definition.code,
          slug: country,
          name: { es: definition.name, en: definition.name, fr: definition.name, ht: definition.name },
          locales: [...benchLocales],
          // The country's own first short number: each country's list is checked, and not every country has 911.
          emergencyNumbers: [
            {
              number: shortNumbersOf(definition.code)?.[0] ?? '911',
              label: { es: 'Emergencias', en: 'Emergencies', fr: 'Urgences', ht: 'Ijans' },
            },
          ],
        },
        guides: Array.from({ length: guideCount }, (_, serial) => guide(pick, country, serial + 1)),
        services: Array.from({ length: serviceCount }, (_, serial) => service(pick, country, countryIndex, serial + 1)),
        hubs: Array.from({ length: hubCount }, (_, serial) => hub(pick, country, countryIndex, serial + 1)),
        alerts: [],
        draftGuides: [],
      };
    }),
  };
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The snapshot the CMS's exporter would write for this content (bodies as HTML paragraphs, ids by position). */
export function benchSnapshot(content: BenchContent): Snapshot {
  const updatedAt = new Date(referenceDate).toISOString();
  const guides: SnapshotGuide[] = [];
  const services: SnapshotService[] = [];
  const hubs: SnapshotHub[] = [];
  for (const { country, guides: countryGuides, services: countryServices, hubs: countryHubs } of content.countries) {
    for (const { body, ...fields } of countryGuides)
      guides.push({
        ...fields,
        id: `guide-${country.code}-${fields.slug}`,
        bodyHtml: Object.fromEntries(
          Object.entries(body).map(([locale, texts]) => [
            locale,
            (texts ?? []).map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join(''),
          ]),
        ),
        updatedAt,
      });
    for (const fields of countryServices) services.push({ ...fields, id: `service-${country.code}-${fields.slug}`, updatedAt });
    for (const fields of countryHubs) hubs.push({ ...fields, id: `hub-${country.code}-${fields.slug}`, updatedAt });
  }
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    generatedAt: updatedAt,
    demo: true,
    defaultLocale: 'es',
    locales: locales.map((locale) => ({ ...locale })),
    countries: content.countries.map(({ country }) => country),
    topics: content.topics,
    guides,
    services,
    hubs,
    alerts: [],
    recruiters: [],
    media: [],
  };
}
