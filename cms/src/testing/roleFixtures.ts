import { shortNumbers } from '@infohub/content-schemas';
import type { Payload } from 'payload';
import type { Country, User } from '../payload-types.ts';
import { paragraphsToRichText } from '../seed/lexical.ts';

/** The collections whose documents belong to one country and have drafts. */
export const countryContent = ['guides', 'services', 'hubs', 'alerts'] as const;
export type CountryContent = (typeof countryContent)[number];

/** The translatable title of each: what an edit or a translation changes. */
export const titleField: Record<CountryContent, 'title' | 'name'> = { guides: 'title', services: 'name', hubs: 'name', alerts: 'title' };

/** Which carry the review fields (alerts expire instead of being reviewed). */
export const reviewed: Record<CountryContent, boolean> = { guides: true, services: true, hubs: true, alerts: false };

export const testPassword = 'granular country access, checked';

export interface RoleWorld {
  countries: { honduras: number; guatemala: number };
  topic: number;
  users: {
    admin: User;
    /** Country editor of Honduras. */
    editor: User;
    /** Translator of Honduras into Haitian Creole. */
    translator: User;
    /** Reviewer of Honduras. */
    reviewer: User;
  };
}

/**
 * Two countries (Honduras, Guatemala), a topic, and one account per role working on Honduras: what the access tests
 * need to check that a role reaches its own country's content and nothing of another's.
 */
export async function createRoleWorld(payload: Payload): Promise<RoleWorld> {
  const country = async (code: Country['code'], slug: string, name: string) =>
    (
      await payload.create({
        collection: 'countries',
        locale: 'es',
        data: {
          code,
          slug,
          name,
          locales: ['es', 'en', 'ht'],
          emergencyNumbers: [{ number: shortNumbers[code][0] ?? '', label: 'Emergencias' }],
        },
      })
    ).id;
  const honduras = await country('HN', 'honduras', 'Honduras');
  const guatemala = await country('GT', 'guatemala', 'Guatemala');
  const topic = (
    await payload.create({
      collection: 'topics',
      locale: 'es',
      data: { title: 'Migrar de forma regular', slug: 'regular-channels', kind: 'regular-channels', order: 1 },
    })
  ).id;
  const user = (email: string, roles: User['roles'], extra: Partial<User> = {}) =>
    payload.create({ collection: 'users', data: { email, password: testPassword, roles, ...extra }, depth: 0 });
  // The first account becomes an admin whatever it asks for: make it the admin.
  const admin = await user('admin@example.org', ['admin']);
  const editor = await user('editor.hn@example.org', ['country-editor'], { countries: [honduras] });
  const translator = await user('translator.ht@example.org', ['translator'], { countries: [honduras], locales: ['ht'] });
  const reviewer = await user('reviewer.hn@example.org', ['reviewer'], { countries: [honduras] });
  return { countries: { honduras, guatemala }, topic, users: { admin, editor, translator, reviewer } };
}

/** A document complete enough to publish, in Spanish, in the given country. */
export function completeDocument(collection: CountryContent, { country, topic, slug }: { country: number; topic: number; slug: string }) {
  const title = `Documento ${slug}`;
  switch (collection) {
    case 'guides':
      return {
        title,
        slug,
        country,
        topic,
        summary: `Resumen de ${title}`,
        body: paragraphsToRichText([`Más información sobre ${title}.`]),
        requiredDocuments: [{ name: 'Pasaporte vigente' }, { name: 'Dos fotografías' }],
        officialSources: [{ title: 'Dirección de Migración', url: 'https://migracion.example/tramites' }],
        review: { lastReviewedAt: '2026-06-01T00:00:00.000Z', reviewedBy: 'OIM' },
      };
    case 'services':
      return {
        name: title,
        slug,
        country,
        organization: 'Cruz Roja',
        category: 'health' as const,
        description: `Atención de ${title}`,
        city: 'Tegucigalpa',
        review: { lastReviewedAt: '2026-06-01T00:00:00.000Z', reviewedBy: 'OIM' },
      };
    case 'hubs':
      return {
        name: title,
        slug,
        country,
        municipality: 'San Pedro Sula',
        address: 'Calle 1',
        modalities: ['in-person' as const],
        review: { lastReviewedAt: '2026-06-01T00:00:00.000Z', reviewedBy: 'OIM' },
      };
    case 'alerts':
      return { title, slug, country, body: `Aviso: ${title}`, startsAt: '2026-11-01T00:00:00.000Z' };
  }
}

/** Saves a complete document as a draft only, or publishes it. */
export async function createDocument(
  payload: Payload,
  collection: CountryContent,
  place: { country: number; topic: number; slug: string },
  status: 'draft' | 'published',
): Promise<number> {
  const created = await payload.create({
    collection,
    locale: 'es',
    draft: status === 'draft',
    data: { ...completeDocument(collection, place), _status: status } as never,
  });
  return created.id;
}
