import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug, type PayloadRequest } from 'payload';
import { describeDocument } from '../errors/describeProblem.ts';
import { relationId } from '../utilities/relationId.ts';

/** How many documents a refusal names per collection; the count says how many there are in all. */
const namesShown = 5;

/**
 * Refuses to delete a document (a topic, a country) that other documents must point at: the database would set
 * their reference to empty, and the guides or services left without a topic or country could be neither exported
 * nor published again. The refusal says what uses it, so the editor can move those first, e.g.
 * `topics "risks" is used by 6 guides (costa-rica: job-offer-fraud, …): move them to another topic first`.
 *
 * Uses are found from the config: every required single relationship to this collection at the top level of
 * another collection. Drafts count, including a newer draft of a published document.
 */
export const refuseDeleteWhileUsed =
  ({ instead }: { instead: string }): CollectionBeforeDeleteHook =>
  async ({ collection, id, req }) => {
    const uses: string[] = [];
    for (const { slug, field } of requiredReferencesTo(req, collection.slug)) {
      const users = await documentsPointingAt(req, slug, field, id);
      // The collections that can point here are named in the plural (guides, services, hubs, alerts).
      const kind = users.length === 1 ? slug.replace(/s$/, '') : slug;
      if (users.length > 0) uses.push(`${users.length} ${kind} (${await nameDocuments(req, users, field !== 'country')})`);
    }
    if (uses.length === 0) return;

    const deleted = await req.payload.findByID({ collection: collection.slug, id, depth: 0, overrideAccess: true, req });
    throw new APIError(
      `${describeDocument(collection.slug, deleted as unknown as Record<string, unknown>, id)} is used by ${uses.join(', ')}: ${instead}`,
      409,
      null,
      true,
    );
  };

function requiredReferencesTo(req: PayloadRequest, target: string): { slug: CollectionSlug; field: string }[] {
  return req.payload.config.collections.flatMap((config) =>
    config.flattenedFields
      .filter((field) => field.type === 'relationship' && field.relationTo === target && field.required === true && field.hasMany !== true)
      .map((field) => ({ slug: config.slug as CollectionSlug, field: field.name })),
  );
}

type Use = { id: number | string; slug?: unknown; country?: unknown };

/** The documents whose field points at `id`, as stored or in their latest draft, by slug. */
async function documentsPointingAt(req: PayloadRequest, collection: CollectionSlug, field: string, id: number | string): Promise<Use[]> {
  const drafts = Boolean(req.payload.collections[collection].config.versions?.drafts);
  const found = new Map<string, Use>();
  for (const draft of drafts ? [false, true] : [false]) {
    const { docs } = await req.payload.find({
      collection,
      where: { [field]: { equals: id } },
      draft,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    });
    for (const doc of docs as unknown as Use[]) found.set(String(doc.id), doc);
  }
  return [...found.values()].sort((a, b) => String(a.slug).localeCompare(String(b.slug)));
}

/** `costa-rica: job-offer-fraud, fake-visas; mexico: …`, or just the slugs when all share the deleted country. */
async function nameDocuments(req: PayloadRequest, uses: Use[], byCountry: boolean): Promise<string> {
  const shown = uses.slice(0, namesShown);
  const more = uses.length > shown.length ? ', …' : '';
  const name = (use: Use) => (typeof use.slug === 'string' && use.slug !== '' ? use.slug : `#${use.id}`);
  if (!byCountry) return shown.map(name).join(', ') + more;

  const { docs: countries } = await req.payload.find({
    collection: 'countries',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  });
  const countrySlugs = new Map(countries.map((country) => [String(country.id), country.slug]));
  const groups = new Map<string, string[]>();
  for (const use of shown) {
    const country = countrySlugs.get(String(relationId(use.country))) ?? 'no country';
    groups.set(country, [...(groups.get(country) ?? []), name(use)]);
  }
  return [...groups].map(([country, names]) => `${country}: ${names.join(', ')}`).join('; ') + more;
}
