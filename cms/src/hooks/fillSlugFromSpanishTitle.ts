import { defaultLocale, slugify } from '@infohub/content-schemas';
import type { CollectionBeforeValidateHook } from 'payload';
import { keepRequestLocale } from '../utilities/keepRequestLocale.ts';

/**
 * Fills an empty slug from the Spanish title, so editors need not invent one and the URL is the same in every
 * language. A slug the editor typed is kept. Saving another language first leaves it empty: the slug's own check
 * then asks for it.
 */
export const fillSlugFromSpanishTitle =
  (titleField: 'title' | 'name'): CollectionBeforeValidateHook =>
  async ({ collection, data, originalDoc, req }) => {
    if (!data || (typeof data.slug === 'string' && data.slug.trim() !== '')) return data;
    const title = (req.locale ?? defaultLocale) === defaultLocale ? data[titleField] : await storedSpanishTitle();
    const slug = typeof title === 'string' ? slugify(title) : '';
    return slug ? { ...data, slug } : data;

    async function storedSpanishTitle(): Promise<unknown> {
      if (originalDoc?.id === undefined) return undefined;
      const stored = await keepRequestLocale(req, () =>
        req.payload.findByID({
          collection: collection.slug,
          id: originalDoc.id,
          locale: defaultLocale,
          fallbackLocale: false,
          depth: 0,
          draft: true,
          overrideAccess: true,
          req,
        }),
      );
      return (stored as unknown as Record<string, unknown>)[titleField];
    }
  };
