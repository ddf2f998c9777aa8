import type { Access } from 'payload';

/**
 * Signed-in users read everything; the public reads published documents only. The filter is needed because a
 * document created as a draft lives in the main table and would otherwise be returned by `find`.
 */
export const publishedOrAuthenticated: Access = ({ req: { user } }) => {
  if (user) return true;
  return { _status: { equals: 'published' } };
};
