import type { CollectionBeforeChangeHook, CollectionConfig, Field } from 'payload';
import { countryContentAccess } from '../../access/countryContentAccess.ts';
import { newContentNamesItsCountry, onlyPublishersChangeWhatIsLive } from '../../access/onlyPublishersChangeWhatIsLive.ts';
import { fillSlugFromSpanishTitle } from '../../hooks/fillSlugFromSpanishTitle.ts';
import { requireDefaultLocaleText } from '../../hooks/requireDefaultLocaleText.ts';
import { requireUniqueSlug } from '../../hooks/requireUniqueSlug.ts';
import { adminGroups } from './adminGroups.ts';
import { refuseOtherCountries, withOwnCountriesPicker } from './countryScope.ts';
import { draftVersions } from './draftVersions.ts';

type CollectionAdmin = NonNullable<CollectionConfig['admin']>;

/** What one country-scoped collection says about itself; everything else is the same for all of them. */
export interface CountryScopedCollectionOptions {
  slug: string;
  labels: NonNullable<CollectionConfig['labels']>;
  /** The collection's fields as the admin has them (its folder's `fields.ts`). */
  fields: Field[];
  /** The field a document is named by: its title in the admin and the Spanish text its slug is made from. */
  titleField: 'title' | 'name';
  admin: Pick<CollectionAdmin, 'defaultColumns' | 'listSearchableFields'>;
  /** The collection's own checks, run once the slug is known to be unique and before the Spanish text is required. */
  beforeChange?: CollectionBeforeChangeHook[];
}

/**
 * A collection of content that belongs to one country (guides, services, hubs, alerts): editors of that country
 * write it (their country picker offers only theirs), only publishers change what is live, each save is checked for
 * a unique slug per country and Spanish text, and it is published from drafts.
 */
export function countryScopedCollection({
  slug,
  labels,
  fields,
  titleField,
  admin,
  beforeChange = [],
}: CountryScopedCollectionOptions): CollectionConfig {
  return {
    slug,
    labels,
    admin: { useAsTitle: titleField, ...admin, group: adminGroups.content },
    access: countryContentAccess,
    fields: withOwnCountriesPicker(fields),
    hooks: {
      beforeOperation: [refuseOtherCountries, onlyPublishersChangeWhatIsLive, newContentNamesItsCountry],
      beforeValidate: [fillSlugFromSpanishTitle(titleField)],
      beforeChange: [requireUniqueSlug({ perCountry: true }), ...beforeChange, requireDefaultLocaleText],
    },
    versions: draftVersions,
  };
}
