import type { HsdsService } from '@infohub/content-schemas/hsds';
import type { APIRoute } from 'astro';
import { hsdsFilesOf, jsonFile } from '~/features/open-data/hsdsFiles.ts';
import { countryRoutes } from '~/snapshot/routes.ts';

export function getStaticPaths() {
  return countryRoutes().flatMap(({ params, props }) =>
    hsdsFilesOf(props.content, params.country, params.lang).services.map((record) => ({
      params: { ...params, id: record.id },
      props: { record },
    })),
  );
}

/** The HSDS API's `/services/{id}` response: one service, fully nested. */
export const GET: APIRoute<{ record: HsdsService }> = ({ props }) => jsonFile(props.record);
