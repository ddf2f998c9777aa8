import { APIError, type Endpoint, Forbidden, NotFound } from 'payload';
import { isRecord } from '../utilities/isRecord.ts';
import { hasPublicPage, publicPagePath, publicPageUrl } from './publicPage.ts';
import { readSiteBuildLine } from './readSiteBuildLine.ts';
import { siteReleaseSettings } from './siteReleases.ts';

/**
 * `GET /api/site-builds/status`: the status line's data, asked by the admin every few seconds while a build is
 * queued or running, so editors watch it go live without reloading.
 */
export const siteBuildStatusEndpoint: Omit<Endpoint, 'root'> = {
  path: '/status',
  method: 'get',
  handler: async (req) => {
    if (req.user?.collection !== 'users') throw new Forbidden(req.t);
    return Response.json({ line: await readSiteBuildLine(req.payload, req.i18n.language) });
  },
};

/**
 * `GET /api/site-builds/page?collection=guides&id=5&locale=es`: the public address of a published document, for the
 * link the admin shows after Publish. Read as the user, so a document they cannot see has no address.
 */
export const publicPageEndpoint: Omit<Endpoint, 'root'> = {
  path: '/page',
  method: 'get',
  handler: async (req) => {
    if (req.user?.collection !== 'users') throw new Forbidden(req.t);
    const { collection, id, locale } = req.query as Record<string, unknown>;
    if (typeof collection !== 'string' || typeof id !== 'string' || typeof locale !== 'string') {
      throw new APIError('collection, id and locale are required', 400);
    }
    if (!hasPublicPage(collection)) throw new NotFound(req.t);
    const doc = (await req.payload.findByID({
      collection,
      id,
      depth: 1,
      draft: false,
      locale: locale as 'es',
      overrideAccess: false,
      user: req.user,
      req,
    })) as unknown as Record<string, unknown>;
    const country = isRecord(doc.country) && typeof doc.country.slug === 'string' ? doc.country.slug : undefined;
    const pagePath = country && typeof doc.slug === 'string' ? publicPagePath(collection, locale, country, doc.slug) : undefined;
    if (!pagePath || doc._status !== 'published') throw new NotFound(req.t);
    return Response.json({ url: publicPageUrl(siteReleaseSettings().siteUrl, pagePath) });
  },
};
