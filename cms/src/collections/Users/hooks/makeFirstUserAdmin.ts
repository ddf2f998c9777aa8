import type { CollectionBeforeChangeHook } from 'payload';

/** The first account, made on a fresh install from the admin's sign-up screen, must be able to manage the rest. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data;
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req });
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data;
};
