import { countries } from '@infohub/content-schemas';
import type { CollectionBeforeValidateHook } from 'payload';

/** A country's slug is fixed by content-schemas for its ISO code, so its URLs cannot drift from the site's. */
export const fillSlugFromCode: CollectionBeforeValidateHook = ({ data }) => {
  const country = countries.find((candidate) => candidate.code === data?.code);
  return country ? { ...data, slug: country.slug } : data;
};
