import type { APIRoute } from 'astro';
import { countryPageOf } from '~/context/pageLocals.ts';
import { counterData } from '~/features/counter/counterData.ts';
import { countryRoutes } from '~/snapshot/routes.ts';

export function getStaticPaths() {
  return countryRoutes();
}

/** The guides, services and hubs the counter page builds referral slips from, in this country and language. */
export const GET: APIRoute = ({ locals, site }) => {
  const { ctx, country, name } = countryPageOf(locals);
  if (!site) throw new Error('The site has no public address (astro.config `site`): slips cannot point their QR codes anywhere.');
  return new Response(JSON.stringify(counterData(country.slug, name.value, ctx, site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
