import { slugify } from '@infohub/content-schemas';
import type { Payload } from 'payload';
import { paragraphsToRichText } from '../seed/lexical.ts';

/** Small, readable documents for tests: a country, a topic and guides in Spanish, translated where asked. */
export async function createCountryAndTopic(payload: Payload): Promise<{ country: number; topic: number }> {
  const country = await payload.create({
    collection: 'countries',
    locale: 'es',
    data: {
      code: 'CR',
      slug: 'costa-rica',
      name: 'Costa Rica',
      locales: ['es', 'en'],
      emergencyNumbers: [{ number: '911', label: 'Emergencias' }],
    },
  });
  const topic = await payload.create({
    collection: 'topics',
    locale: 'es',
    data: { title: 'Migrar de forma regular', slug: 'regular-channels', kind: 'regular-channels', order: 1 },
  });
  return { country: country.id, topic: topic.id };
}

export function spanishGuide(ids: { country: number; topic: number }, title: string) {
  return {
    title,
    slug: slugify(title),
    country: ids.country,
    topic: ids.topic,
    audiences: ['settled' as const],
    summary: `Resumen: ${title}`,
    body: paragraphsToRichText([`Más información sobre ${title}.`]),
    requiredDocuments: [{ name: 'Pasaporte vigente' }],
    officialSources: [{ title: 'Dirección de Migración', url: 'https://migracion.example/tramites' }],
  };
}

/** Creates a guide in Spanish and publishes it, then adds and publishes its English translation. */
export async function publishGuideInSpanishAndEnglish(
  payload: Payload,
  ids: { country: number; topic: number },
  { es, en }: { es: string; en: string },
) {
  const created = await payload.create({ collection: 'guides', locale: 'es', data: { ...spanishGuide(ids, es), _status: 'published' } });
  return payload.update({
    collection: 'guides',
    id: created.id,
    locale: 'en',
    data: {
      title: en,
      summary: `Summary: ${en}`,
      body: paragraphsToRichText([`More about ${en}.`]),
      requiredDocuments: created.requiredDocuments?.map((row) => ({ ...row, name: 'Valid passport' })),
      officialSources: created.officialSources?.map((row) => ({ ...row, title: 'Immigration Office' })),
      _status: 'published',
    },
  });
}
