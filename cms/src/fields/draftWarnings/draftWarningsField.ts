import type { Field } from 'payload';

/** The list of problems a draft was saved with, at the top of the edit view; stores nothing. */
export const draftWarningsField: Field = {
  name: 'draftWarnings',
  type: 'ui',
  admin: { components: { Field: '/fields/draftWarnings/DraftWarnings.tsx#DraftWarnings' } },
};
