import type { APIRoute } from 'astro';
import { countryPageOf } from '~/context/pageLocals.ts';
import { hsdsFilesOf, jsonFile } from '~/features/open-data/hsdsFiles.ts';
import { countryRoutes } from '~/snapshot/routes.ts';

export function getStaticPaths() {
  return countryRoutes();
}

/** The HSDS API's `/services` response for the country in the language: every service, one page. */
export const GET: APIRoute = ({ locals }) => {
  const { ctx, country } = countryPageOf(locals);
  return jsonFile(hsdsFilesOf(ctx.snapshot, country.slug, ctx.locale.code).list);
};
