import { type Endpoint, Forbidden } from 'payload';
import { hasAdminRole } from '../access/isAdmin.ts';
import type { User } from '../payload-types.ts';
import { requestSiteBuild } from './siteBuildQueue.ts';

/**
 * `POST /api/site-builds/rebuild`: "Rebuild now" in the admin, for admins: a build of every shard, changed or not
 * (after a change to the site's code or settings, or to check that a full build still passes).
 */
export const rebuildNowEndpoint: Omit<Endpoint, 'root'> = {
  path: '/rebuild',
  method: 'post',
  handler: async (req) => {
    if (req.user?.collection !== 'users' || !hasAdminRole(req.user as User)) throw new Forbidden(req.t);
    await requestSiteBuild(req.payload, `full rebuild asked by ${req.user.email}`, { full: true });
    return Response.json({ queued: true }, { status: 202 });
  },
};
