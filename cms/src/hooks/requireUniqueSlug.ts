import { type CollectionBeforeChangeHook, ValidationError, type Where } from 'payload';
import { describeProblem } from '../errors/describeProblem.ts';
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

    const scope = perCountry ? `${collection.slug} document of the same country` : `${collection.slug} document`;
    throw new ValidationError(
      {
        collection: collection.slug,
        id: originalDoc?.id,
        errors: [
          {
            path: 'slug',
            message: describeProblem({
              collection: collection.slug,
              data,
              id: originalDoc?.id,
              field: 'slug',
              locale: undefined,
              message: `another ${scope} already uses "${slug}": choose another slug`,
            }),
          },
        ],
        req,
      },
      req.t,
    );
  };
