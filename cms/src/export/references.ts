import { relationId } from '../utilities/relationId.ts';
import type { RawDocument } from './contentSource.ts';
import type { References } from './toSnapshotDocuments.ts';
import { stringList } from './values.ts';

/**
 * What documents are exported with and what their references resolve to, from the published documents. Guides and
 * media need only the fields an export lists cheaply (a guide's id, slug, country and image; a media's id), so an
 * incremental export computes this without reading them whole.
 */
export function buildReferences({
  countries,
  topics,
  guides,
  media,
}: Record<'countries' | 'topics' | 'guides' | 'media', RawDocument[]>): References {
  // Only images a published guide shows are published with it.
  const usedMediaIds = new Set(
    guides
      .map((guide) => relationId(guide.image))
      .filter((id) => id !== undefined)
      .map(String),
  );
  const countrySlugs = slugsById(countries);
  const countryLocales = new Map(countries.map((country) => [String(country.id), stringList(country.locales)]));
  return {
    countrySlugs,
    topicSlugs: slugsById(topics),
    guides: new Map(
      guides.flatMap((guide) => {
        const countryId = String(relationId(guide.country));
        const country = countrySlugs.get(countryId);
        return country
          ? [[String(guide.id), { country, slug: String(guide.slug), countryLocales: countryLocales.get(countryId) ?? [] }] as const]
          : [];
      }),
    ),
    mediaIds: new Set(media.map((item) => String(item.id)).filter((id) => usedMediaIds.has(id))),
  };
}

/** The fields of a guide that `buildReferences` reads. */
export const guideReferenceFields = ['slug', 'country', 'image'] as const;

function slugsById(documents: RawDocument[]): Map<string, string> {
  return new Map(documents.map((document) => [String(document.id), String(document.slug)]));
}
