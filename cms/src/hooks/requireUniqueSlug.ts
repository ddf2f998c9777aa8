import { type CollectionBeforeChangeHook, ValidationError, type Where } from 'payload';
import { fieldProblemStrings } from '../errors/strings.ts';
import { relationId } from '../utilities/relationId.ts';

/**
 * A slug is a URL: two documents with the same one (in the same country, for country content) would be one page.
 * Drafts count too, so the clash shows when the slug is chosen rather than when the second one is published.
 */
export const requireUniqueSlug =
  ({ perCountry }: { perCountry: boolean }): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const slug: unknown = data.slug;
    if (typeof slug !== 'string' || slug === '') return data;
    const conditions: Where[] = [{ slug: { equals: slug } }];
    if (originalDoc?.id !== undefined) conditions.push({ id: { not_equals: originalDoc.id } });
    if (perCountry) {
      const country = relationId(data.country);
      if (country === undefined) return data;
      conditions.push({ country: { equals: country } });
    }
    const { totalDocs } = await req.payload.count({ collection: collection.slug, where: { and: conditions }, overrideAccess: true, req });
    if (totalDocs === 0) return data;

    const strings = fieldProblemStrings(req.i18n?.language);
    throw new ValidationError(
      {
        collection: collection.slug,
        id: originalDoc?.id,
        errors: [{ path: 'slug', message: perCountry ? strings.slugTakenInCountry(slug) : strings.slugTaken(slug) }],
        req,
      },
      req.t,
    );
  };
